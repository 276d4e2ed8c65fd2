package org.flurm.protocol.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slurmdbd exchanges recorded in {@code shared/protocol-captures/dbd}: the frames on the
 * slurmdbd port (their dump format differs from the controller captures read by
 * {@link Captures}) and the output the command printed.
 */
public final class DbdCaptures {

    /** One persistent-connection frame: direction, type, and every byte with the prefix. */
    public record DbdCapturedFrame(String file, int connection, int index, boolean fromClient,
                                   int msgType, String msgName, byte[] frame) {

        /** The bytes after the u32 length and the u16 type. */
        public byte[] body() {
            return Arrays.copyOfRange(frame, 6, frame.length);
        }

        @Override
        public String toString() {
            return file + "#" + connection + "." + index + " " + msgType + " " + msgName;
        }
    }

    private static final Pattern CONNECTION = Pattern.compile("^== connection (\\d+):");
    private static final Pattern DIRECTION =
            Pattern.compile("^-- t=\\S+ (client->server|server->client)\\s.*slurmdbd$");
    private static final Pattern CTLD_DIRECTION =
            Pattern.compile("^-- t=\\S+ (client->server|server->client)\\s.*slurmctld$");
    private static final Pattern TYPE =
            Pattern.compile("^\\s+msg_type=(\\d+) (\\S+)\\s+frame=(\\d+) bytes");
    private static final Pattern HEX =
            Pattern.compile("^\\s+([0-9a-f]{8})  ((?:[0-9a-f]{2} {1,2}){1,16})");

    private DbdCaptures() {
    }

    public static Path dir() {
        return Captures.capturesDir().resolve("dbd");
    }

    /** Every capture file of the folder, sorted. */
    public static List<Path> files() {
        try (var stream = Files.list(dir())) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slurmdbd-port frames of one capture, by file name. */
    public static List<DbdCapturedFrame> read(String name) {
        return read(dir().resolve(name));
    }

    public static List<DbdCapturedFrame> read(Path file) {
        return read(file, DIRECTION);
    }

    /**
     * The ordinary SLURM RPCs slurmdbd sent to slurmctld in one capture (ACCOUNTING_*, and
     * slurmctld's replies); {@code body()} does not apply to these frames.
     */
    public static List<DbdCapturedFrame> controllerRpcs(String name) {
        return read(dir().resolve(name), CTLD_DIRECTION);
    }

    private static List<DbdCapturedFrame> read(Path file, Pattern direction) {
        final String name = file.getFileName().toString();
        final List<DbdCapturedFrame> frames = new ArrayList<>();
        int connection = -1;
        int index = 0;
        Boolean fromClient = null;
        int msgType = -1;
        String msgName = null;
        int length = 0;
        ByteArrayOutputStream bytes = null;
        for (String line : lines(file)) {
            final Matcher conn = CONNECTION.matcher(line);
            if (conn.find()) {
                connection = Integer.parseInt(conn.group(1));
                index = 0;
                continue;
            }
            if (line.startsWith("-- t=")) {
                final Matcher dir = direction.matcher(line);
                fromClient = dir.find() ? dir.group(1).equals("client->server") : null;
                bytes = null;
                continue;
            }
            final Matcher type = TYPE.matcher(line);
            if (type.find() && fromClient != null) {
                msgType = Integer.parseInt(type.group(1));
                msgName = type.group(2);
                length = Integer.parseInt(type.group(3));
                bytes = new ByteArrayOutputStream(length);
                continue;
            }
            final Matcher hex = HEX.matcher(line);
            if (bytes != null && hex.find()) {
                for (String pair : hex.group(2).trim().split("\\s+")) {
                    bytes.write(Integer.parseInt(pair, 16));
                }
                if (bytes.size() == length) {
                    frames.add(new DbdCapturedFrame(name, connection, index++, fromClient,
                            msgType, msgName, bytes.toByteArray()));
                    bytes = null;
                }
            }
        }
        return frames;
    }

    /** What the command printed: the {@code # | } lines at the end, without that mark. */
    public static List<String> output(String name) {
        final List<String> out = new ArrayList<>();
        for (String line : lines(dir().resolve(name))) {
            if (line.startsWith("# | ")) {
                out.add(line.substring(4));
            } else if (line.equals("# |")) {
                out.add("");
            }
        }
        return out;
    }

    /** Every slurmdbd-port frame of every capture. */
    public static List<DbdCapturedFrame> all() {
        final List<DbdCapturedFrame> all = new ArrayList<>();
        files().forEach(f -> all.addAll(read(f)));
        return all;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
