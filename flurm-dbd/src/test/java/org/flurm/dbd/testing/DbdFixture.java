package org.flurm.dbd.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flurm.auth.testing.MungedProcess;
import org.flurm.dbd.DbdConfig;
import org.flurm.dbd.Flurmdbd;

/**
 * A flurmdbd for one test class, as the stock clients see it: a private munged, a temporary
 * slurm.conf pointing AccountingStorage* at it and a slurmdbd.conf beside it, and an embedded
 * database in the same folder. {@link #run} runs a stock SLURM command against it.
 */
public final class DbdFixture implements AutoCloseable {

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        public List<String> lines() {
            return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
        }
    }

    /** The captures' cluster name, so the clients print what the captures show. */
    public static final String CLUSTER = "dbdref";

    private final MungedProcess munged;
    private final Path dir;
    private final Path slurmConf;
    private final Flurmdbd dbd;

    private DbdFixture(MungedProcess munged, Path dir, Path slurmConf, Flurmdbd dbd) {
        this.munged = munged;
        this.dir = dir;
        this.slurmConf = slurmConf;
        this.dbd = dbd;
    }

    public static DbdFixture start() {
        return start(List.of());
    }

    /** A fixture whose slurm.conf ends with {@code extraSlurmConf} (e.g. for slurmctld). */
    public static DbdFixture start(List<String> extraSlurmConf) {
        final MungedProcess munged = MungedProcess.start();
        try {
            // other users (the denial tests) must reach the socket; the key stays root's
            Files.setPosixFilePermissions(munged.socket().getParent(),
                    PosixFilePermissions.fromString("rwxr-xr-x"));
            final Path dir = Files.createTempDirectory("flurm-dbd-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            final int port = freePort();
            final Path slurmConf = dir.resolve("slurm.conf");
            Files.writeString(slurmConf, String.join("\n",
                    "ClusterName=" + CLUSTER,
                    "SlurmctldHost=localhost",
                    "SlurmctldPort=" + freePort(),
                    "SlurmdPort=" + freePort(),
                    "StateSaveLocation=" + dir.resolve("state"),
                    "SlurmdSpoolDir=" + dir.resolve("spool"),
                    "AuthType=auth/munge",
                    "AuthInfo=socket=" + munged.socket(),
                    "AccountingStorageType=accounting_storage/slurmdbd",
                    "AccountingStorageHost=localhost",
                    "AccountingStoragePort=" + port,
                    "AccountingStoragePass=socket=" + munged.socket(),
                    "NodeName=d1 NodeHostname=localhost CPUs=1 State=UNKNOWN",
                    "PartitionName=debug Nodes=d1 Default=YES MaxTime=INFINITE State=UP",
                    String.join("\n", extraSlurmConf), ""));
            final Path dbdConf = dir.resolve("slurmdbd.conf");
            Files.writeString(dbdConf, String.join("\n",
                    "DbdHost=localhost",
                    "DbdPort=" + port,
                    "SlurmUser=root",
                    "AuthType=auth/munge",
                    "AuthInfo=socket=" + munged.socket(),
                    "StorageType=accounting_storage/embedded",
                    "StorageLoc=" + dir.resolve("db"), ""));
            Files.setPosixFilePermissions(dbdConf, PosixFilePermissions.fromString("rw-------"));
            final Flurmdbd dbd = Flurmdbd.start(DbdConfig.read(dbdConf)).serveInBackground();
            return new DbdFixture(munged, dir, slurmConf, dbd);
        } catch (IOException | RuntimeException e) {
            munged.close();
            throw e instanceof IOException io ? new UncheckedIOException(io)
                    : (RuntimeException) e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The port flurmdbd listens on. */
    public int port() {
        return dbd.port();
    }

    /** A MUNGE client of the fixture's munged (credentials for the caller's uid). */
    public org.flurm.auth.munge.Munge munge() {
        return munged.munge();
    }

    /** The folder holding the configuration, the database and the daemons' files. */
    public Path dir() {
        return dir;
    }

    public Path slurmConf() {
        return slurmConf;
    }

    /** Runs a stock command as root with a clean environment, as the captures were made. */
    public Result run(String... command) {
        return runAs(null, command);
    }

    /** Runs a stock command as root with {@code input} on its standard input. */
    public Result runWithInput(String input, String... command) {
        return run(null, input, command);
    }

    /** Runs a stock command as {@code user} (through runuser), or as root when null. */
    public Result runAs(String user, String... command) {
        return run(user, "", command);
    }

    private Result run(String user, String input, String... command) {
        final List<String> argv = new ArrayList<>();
        if (user != null) {
            argv.addAll(List.of("runuser", "-u", user, "--"));
        }
        argv.addAll(List.of("env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8",
                "TZ=UTC", "SLURM_CONF=" + slurmConf));
        argv.addAll(List.of(command));
        try {
            // both streams to files, so a command that never stops cannot hang or flood us
            final Path out = Files.createTempFile(dir, "stdout", ".txt");
            final Path err = Files.createTempFile(dir, "stderr", ".txt");
            final Process p = new ProcessBuilder(argv).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " hung");
            }
            final String stdout = Files.readString(out);
            final String stderr = Files.readString(err);
            Files.delete(out);
            Files.delete(err);
            return new Result(p.exitValue(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            dbd.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            munged.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
