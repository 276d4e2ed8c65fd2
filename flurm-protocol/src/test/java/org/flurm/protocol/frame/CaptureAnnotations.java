package org.flurm.protocol.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the capture decoder wrote above each frame's hex dump (message type, version, body
 * length, forwarding, returned replies, orig_addr): the expected header of each captured frame,
 * read independently of the bytes so that the frame codec can be checked against it.
 */
final class CaptureAnnotations {

    /** One returned reply as annotated: {@code n3:type=8001,err=0,rc=0}. */
    record Returned(String node, int msgType, int err, int rc) {
    }

    /** The annotation of one frame; {@code msgType} is -1 for srun's unframed I/O messages. */
    record Annotation(int msgType, int version, int flags, int bodyLength, int forwardCount,
                      String forwardNodelist, int forwardTimeout, int forwardTreeWidth,
                      int retCount, List<Returned> returned, int family, String inetAddress,
                      int inetPort) {
    }

    private static final Pattern FRAME = Pattern.compile("^-- t=\\S+ \\S+\\s+frame=\\d+ bytes");
    private static final Pattern TYPE = Pattern.compile(
            "^\\s+msg_type=(\\d+) \\S+\\s+version=0x([0-9a-f]+) \\(\\d+\\)\\s+flags=0x([0-9a-f]+)");
    private static final Pattern LENGTHS = Pattern.compile(
            "^\\s+body_length=(\\d+) forward_cnt=(\\d+) ret_cnt=(\\d+)"
                    + "(?: forward_nodelist=(\\S+) timeout=(\\d+) tree_width=(\\d+))?"
                    + " orig_addr=(?:family (\\d+) \\(AF_UNSPEC\\)"
                    + "|AF_INET (\\d+\\.\\d+\\.\\d+\\.\\d+):(\\d+) )");
    private static final Pattern RETURNED =
            Pattern.compile("(\\S+):type=(\\d+),err=(-?\\d+),rc=(-?\\d+)");

    private CaptureAnnotations() {
    }

    /** The annotations of one capture file, one per frame, in file order. */
    static List<Annotation> read(Path file) {
        final List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final List<Annotation> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!FRAME.matcher(lines.get(i)).find()) {
                continue;
            }
            final Matcher type = TYPE.matcher(lines.get(i + 1));
            if (!type.find()) {
                result.add(new Annotation(-1, 0, 0, 0, 0, null, 0, 0, 0, List.of(), -1, null, 0));
                continue;
            }
            final Matcher lengths = LENGTHS.matcher(lines.get(i + 2));
            if (!lengths.find()) {
                throw new IllegalStateException(file + ":" + (i + 3) + " unexpected annotation: "
                        + lines.get(i + 2));
            }
            final List<Returned> returned = new ArrayList<>();
            if (lines.get(i + 3).trim().startsWith("ret_list:")) {
                final Matcher entry = RETURNED.matcher(lines.get(i + 3));
                while (entry.find()) {
                    returned.add(new Returned(entry.group(1), Integer.parseInt(entry.group(2)),
                            Integer.parseInt(entry.group(3)), Integer.parseInt(entry.group(4))));
                }
            }
            final boolean inet = lengths.group(8) != null;
            result.add(new Annotation(
                    Integer.parseInt(type.group(1)),
                    Integer.parseInt(type.group(2), 16),
                    Integer.parseInt(type.group(3), 16),
                    Integer.parseInt(lengths.group(1)),
                    Integer.parseInt(lengths.group(2)),
                    lengths.group(4),
                    lengths.group(5) == null ? 0 : Integer.parseInt(lengths.group(5)),
                    lengths.group(6) == null ? 0 : Integer.parseInt(lengths.group(6)),
                    Integer.parseInt(lengths.group(3)),
                    returned,
                    inet ? OrigAddr.AF_INET : Integer.parseInt(lengths.group(7)),
                    inet ? lengths.group(8) : null,
                    inet ? Integer.parseInt(lengths.group(9)) : 0));
        }
        return result;
    }
}
