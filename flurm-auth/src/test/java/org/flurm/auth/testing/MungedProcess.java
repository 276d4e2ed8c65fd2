package org.flurm.auth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flurm.auth.munge.Munge;

/**
 * A private munged for one test: its own key, its own socket in a temporary folder, never the
 * host's /run/munge. Closing it stops the daemon and deletes the folder.
 *
 * <p>Tests fail (they are never skipped) when munged is not installed.
 */
public final class MungedProcess implements AutoCloseable {

    private static final List<Path> MUNGED_CANDIDATES =
            List.of(Path.of("/usr/sbin/munged"), Path.of("/usr/local/sbin/munged"));
    private static final Duration STARTUP = Duration.ofSeconds(15);

    private final Path dir;
    private final Path socket;
    private final Process process;

    private MungedProcess(Path dir, Path socket, Process process) {
        this.dir = dir;
        this.socket = socket;
        this.process = process;
    }

    /** Starts a munged with a fresh random 1024-byte key and waits until its socket exists. */
    public static MungedProcess start() {
        final Path munged = findMunged();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("flurm-munged-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                            "rwx------")));
            final Path key = dir.resolve("munge.key");
            final byte[] keyBytes = new byte[1024];
            new SecureRandom().nextBytes(keyBytes);
            Files.write(key, keyBytes);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));

            final Path socket = dir.resolve("munge.socket.2");
            final List<String> command = new ArrayList<>(List.of(munged.toString(), "-F",
                    // --force: the temporary folder's ancestor /tmp is world-writable
                    "--force",
                    "--socket=" + socket,
                    "--key-file=" + key,
                    "--pid-file=" + dir.resolve("munged.pid"),
                    "--seed-file=" + dir.resolve("munged.seed"),
                    "--log-file=" + dir.resolve("munged.log"),
                    "--num-threads=4"));
            final Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("munged.out").toFile())
                    .start();
            final MungedProcess started = new MungedProcess(dir, socket, process);
            started.awaitSocket();
            return started;
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UncheckedIOException("cannot start munged", e);
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    private static Path findMunged() {
        for (Path candidate : MUNGED_CANDIDATES) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        final String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(":")) {
            final Path candidate = Path.of(entry.isEmpty() ? "." : entry, "munged");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("munged not found: install the munge package");
    }

    private void awaitSocket() {
        final long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.exists(socket)) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException("munged exited with " + process.exitValue()
                        + " before creating its socket: " + output());
            }
            if (System.nanoTime() > deadline) {
                final String output = output();
                close();
                throw new IllegalStateException("munged did not create " + socket + " within "
                        + STARTUP + ": " + output);
            }
            sleep(20);
        }
    }

    private String output() {
        try {
            return Files.readString(dir.resolve("munged.out")).strip();
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The daemon's socket. */
    public Path socket() {
        return socket;
    }

    /** A client of this daemon with munged's default time-to-live. */
    public Munge munge() {
        return new Munge(socket, Munge.DEFAULT_TTL);
    }

    /** A client of this daemon whose credentials live {@code ttlSeconds}. */
    public Munge munge(int ttlSeconds) {
        return new Munge(socket, ttlSeconds);
    }

    /** Stops the daemon (SIGTERM, then SIGKILL) and deletes its folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for munged", e);
        }
    }
}
