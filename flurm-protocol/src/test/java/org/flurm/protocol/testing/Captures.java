package org.flurm.protocol.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real SLURM exchanges recorded in {@code shared/protocol-captures}, read from their
 * annotated hex dumps: the golden vectors every codec test is checked against.
 *
 * <p>The folder is found through the {@code flurm.shared.dir} system property (set by the build
 * to the checkout's sibling {@code shared/}) or the {@code FLURM_SHARED_DIR} environment variable.
 */
public final class Captures {

    /** One frame as captured: who sent it, its message type and every byte including the prefix. */
    public record CapturedFrame(String file, int connection, int index, boolean fromClient,
                                int msgType, String msgName, byte[] frame) {

        /** The bytes after the 4-byte length prefix: header, auth section, body. */
        public byte[] message() {
            return java.util.Arrays.copyOfRange(frame, 4, frame.length);
        }

        /**
         * The body, found by walking the header and auth section (test use only: the real
         * frame reader lives in the main code). Frames carrying forwarded replies are refused.
         */
        public byte[] body() {
            try {
                final org.flurm.protocol.pack.Unpacker in =
                        new org.flurm.protocol.pack.Unpacker(frame, 4, frame.length - 4);
                in.u16();
                in.u16();
                in.u16();
                final int bodyLength = in.u32();
                if (in.u16() > 0) {
                    in.str();
                    in.u32();
                    in.u16();
                }
                if (in.u16() > 0) {
                    throw new IllegalStateException(this + " carries forwarded replies");
                }
                final int family = in.u16();
                if (family == 2) {
                    in.u32();
                    in.u16();
                } else if (family == 10) {
                    in.mem();
                    in.u16();
                }
                in.u32();
                in.str();
                if (in.remaining() != bodyLength) {
                    throw new IllegalStateException(this + ": body length " + bodyLength
                            + " but " + in.remaining() + " bytes follow the auth section");
                }
                return in.raw(bodyLength);
            } catch (org.flurm.protocol.pack.DecodeException e) {
                throw new IllegalStateException(this + ": " + e.getMessage(), e);
            }
        }

        /** The protocol version in the header. */
        public int version() {
            return ((frame[4] & 0xFF) << 8) | (frame[5] & 0xFF);
        }

        @Override
        public String toString() {
            return file + "#" + connection + "." + index + " " + msgType + " " + msgName;
        }
    }

    /**
     * One direction of an srun task I/O connection as captured: the init message (from the
     * stepd side) and the I/O messages, concatenated in the order they were sent.
     */
    public record TaskIoStream(String file, int connection, boolean fromClient, byte[] bytes) {

        @Override
        public String toString() {
            return file + "#" + connection + (fromClient ? " client" : " server") + " task I/O";
        }
    }

    private static final Pattern TASK_IO = Pattern.compile(
            "^-- t=\\S+ (client|server)->\\S+\\s+(?:io_hdr |frame=\\d+ bytes: srun I/O)");

    private static final Pattern CONNECTION = Pattern.compile("^== connection (\\d+):");
    private static final Pattern FRAME =
            Pattern.compile("^-- t=\\S+ (client|server)->\\S+\\s+frame=(\\d+) bytes");
    private static final Pattern TYPE = Pattern.compile("^\\s+msg_type=(\\d+) (\\S+)");
    private static final Pattern HEX =
            Pattern.compile("^\\s+([0-9a-f]{8})  ((?:[0-9a-f]{2} {1,2}){1,16})");

    private Captures() {
    }

    /** The shared folder beside the checkout. */
    public static Path sharedDir() {
        String dir = System.getProperty("flurm.shared.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("FLURM_SHARED_DIR");
        }
        if (dir == null || dir.isBlank()) {
            dir = "../shared";
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    public static Path capturesDir() {
        return sharedDir().resolve("protocol-captures");
    }

    /** Every {@code *.txt} capture in the folder (not the dbd/ ones). */
    public static List<Path> files() {
        try (var stream = Files.list(capturesDir())) {
            return stream.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frames of one capture, by file name (e.g. {@code "squeue.txt"}). */
    public static List<CapturedFrame> read(String name) {
        return read(capturesDir().resolve(name));
    }

    /** The frames of one capture file, in the order they appear. */
    public static List<CapturedFrame> read(Path file) {
        final List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final String name = file.getFileName().toString();
        final List<CapturedFrame> frames = new ArrayList<>();
        int connection = -1;
        int index = 0;
        Boolean fromClient = null;
        int frameLength = 0;
        int msgType = -1;
        String msgName = null;
        java.io.ByteArrayOutputStream bytes = null;
        for (String line : lines) {
            final Matcher conn = CONNECTION.matcher(line);
            if (conn.find()) {
                connection = Integer.parseInt(conn.group(1));
                index = 0;
                continue;
            }
            final Matcher frame = FRAME.matcher(line);
            if (frame.find()) {
                fromClient = frame.group(1).equals("client");
                frameLength = Integer.parseInt(frame.group(2));
                msgType = -1;
                msgName = null;
                bytes = new java.io.ByteArrayOutputStream(frameLength);
                continue;
            }
            if (line.startsWith("-- t=")) {
                // srun's task I/O headers are not RPC frames
                bytes = null;
                continue;
            }
            if (bytes == null) {
                continue;
            }
            final Matcher type = TYPE.matcher(line);
            if (type.find() && msgType < 0) {
                msgType = Integer.parseInt(type.group(1));
                msgName = type.group(2);
                continue;
            }
            final Matcher hex = HEX.matcher(line);
            if (hex.find()) {
                for (String pair : hex.group(2).trim().split("\\s+")) {
                    bytes.write(Integer.parseInt(pair, 16));
                }
                if (bytes.size() == frameLength) {
                    frames.add(new CapturedFrame(name, connection, index++, fromClient, msgType,
                            msgName, bytes.toByteArray()));
                    bytes = null;
                }
            }
        }
        return frames;
    }

    /**
     * The srun task I/O streams of one capture, one per connection and direction, in the order
     * they first appear. The RPC frames of the file are left out.
     */
    public static List<TaskIoStream> taskIo(String name) {
        final List<String> lines;
        try {
            lines = Files.readAllLines(capturesDir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final java.util.Map<String, java.io.ByteArrayOutputStream> streams =
                new java.util.LinkedHashMap<>();
        int connection = -1;
        java.io.ByteArrayOutputStream current = null;
        for (String line : lines) {
            final Matcher conn = CONNECTION.matcher(line);
            if (conn.find()) {
                connection = Integer.parseInt(conn.group(1));
                current = null;
                continue;
            }
            if (line.startsWith("-- t=")) {
                final Matcher io = TASK_IO.matcher(line);
                current = !io.find() ? null : streams.computeIfAbsent(
                        connection + " " + io.group(1),
                        key -> new java.io.ByteArrayOutputStream());
                continue;
            }
            final Matcher hex = HEX.matcher(line);
            if (current != null && hex.find()) {
                for (String pair : hex.group(2).trim().split("\\s+")) {
                    current.write(Integer.parseInt(pair, 16));
                }
            }
        }
        final List<TaskIoStream> result = new ArrayList<>();
        streams.forEach((key, bytes) -> {
            final String[] parts = key.split(" ");
            result.add(new TaskIoStream(name, Integer.parseInt(parts[0]),
                    parts[1].equals("client"), bytes.toByteArray()));
        });
        return result;
    }

    /** Every captured frame of one message type, across all capture files. */
    public static List<CapturedFrame> ofType(int msgType) {
        final List<CapturedFrame> result = new ArrayList<>();
        for (Path file : files()) {
            for (CapturedFrame frame : read(file)) {
                if (frame.msgType() == msgType) {
                    result.add(frame);
                }
            }
        }
        return result;
    }
}
