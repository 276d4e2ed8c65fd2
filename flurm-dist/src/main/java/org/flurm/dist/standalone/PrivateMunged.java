package org.flurm.dist.standalone;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A munged of the one-machine cluster's own, serving the socket slurm.conf's AuthInfo names
 * when no munged serves it yet. The key lives in a {@code key} folder beside the socket, 0700
 * (munged refuses a key others can reach), while the socket's folder stays 0755 so the stock
 * clients of every user can reach the socket. A key already there is kept, so credentials
 * made before a restart still decode.
 *
 * <p>LIMIT: munged is a child process; when the JVM is killed with SIGKILL it stays behind
 * and serves on until it is stopped by hand (its pid is in {@code key/munged.pid}).
 */
public final class PrivateMunged implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateMunged.class);

    /** How long munged may take to open its socket. */
    private static final long START_TIMEOUT_MS = 10_000;

    /** How long munged may take to end after SIGTERM before it is killed. */
    private static final long STOP_TIMEOUT_MS = 10_000;

    private final Process process;
    private final Path socket;

    private PrivateMunged(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Whether a munged answers on {@code socket}. */
    public static boolean served(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts munged on {@code socket}, making its key first when there is none. */
    public static PrivateMunged start(Path socket) throws IOException {
        final Path socketDir = socket.toAbsolutePath().getParent();
        final Path keyDir = socketDir.resolve("key");
        Files.createDirectories(keyDir);
        Files.setPosixFilePermissions(socketDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(keyDir, PosixFilePermissions.fromString("rwx------"));
        final Path key = keyDir.resolve("munge.key");
        if (!Files.exists(key)) {
            writeKey(key);
        }

        // a socket left by a munged that is gone would make the new one refuse to start
        Files.deleteIfExists(socket);
        Files.deleteIfExists(Path.of(socket + ".lock"));

        // --force: munged refuses a socket under a world-writable folder such as /tmp
        final List<String> command = new ArrayList<>(List.of(munged(), "-F", "--force",
                "--socket=" + socket,
                "--key-file=" + key,
                "--pid-file=" + keyDir.resolve("munged.pid"),
                "--seed-file=" + keyDir.resolve("munged.seed"),
                "--log-file=" + socketDir.resolve("munged.log"),
                "--num-threads=4"));
        final Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        socketDir.resolve("munged.out").toFile()))
                .start();
        process.getOutputStream().close();
        final PrivateMunged munged = new PrivateMunged(process, socket);

        // serving once the socket answers; a munged that ends first says why in its log
        final long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!served(socket)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                munged.close();
                throw new IOException("munged did not start on " + socket + "; see "
                        + socketDir.resolve("munged.log") + " and "
                        + socketDir.resolve("munged.out"));
            }
            sleep(100);
        }
        LOG.info("munged pid={} socket={}", process.pid(), socket);
        return munged;
    }

    public long pid() {
        return process.pid();
    }

    public Path socket() {
        return socket;
    }

    /** Sends SIGTERM and waits for munged to end; kills it when it does not. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warn("munged pid={} did not end on SIGTERM; killing it", process.pid());
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        LOG.info("munged pid={} stopped", process.pid());
    }

    /** 1024 random bytes, readable by its owner alone, as munged's own key tool writes. */
    private static void writeKey(Path key) throws IOException {
        final byte[] bytes = new byte[1024];
        new SecureRandom().nextBytes(bytes);
        Files.createFile(key, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(key)) {
            out.write(bytes);
        }
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
    }

    /** munged from PATH, else from the sbin folders root's PATH has and others' may not. */
    private static String munged() throws IOException {
        final List<String> dirs = new ArrayList<>();
        final String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(List.of("/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            final Path candidate = Path.of(dir, "munged");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IOException("no munged on PATH nor in /usr/sbin: install the munge package");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for munged", e);
        }
    }
}
