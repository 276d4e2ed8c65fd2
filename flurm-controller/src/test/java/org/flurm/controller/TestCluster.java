package org.flurm.controller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.flurm.config.slurm.ConfigException;
import org.flurm.auth.testing.MungedProcess;

/**
 * A private cluster for driving the stock SLURM clients: a munged of its own, a slurm.conf
 * (two nodes n1 and n2, partition debug) and a flurm.conf on free ports in a temporary
 * directory (audit log {@code audit.log} there, metrics on a free loopback port), and a way
 * to run a client command as root or as another user.
 */
final class TestCluster implements AutoCloseable {

    private final MungedProcess munged;
    private final Path dir;
    private final Path slurmConf;
    private final int port;
    private final int metricsPort;
    private Flurmctld controller;

    private TestCluster(MungedProcess munged, Path dir, Path slurmConf, int port,
                        int metricsPort) {
        this.munged = munged;
        this.dir = dir;
        this.slurmConf = slurmConf;
        this.port = port;
        this.metricsPort = metricsPort;
    }

    /** Writes the configuration under {@code dir} and starts munged. */
    static TestCluster create(Path dir) throws IOException {
        return create(dir, List.of());
    }

    /** As {@link #create(Path)}, with {@code extraConf} lines appended to slurm.conf. */
    static TestCluster create(Path dir, List<String> extraConf) throws IOException {
        final MungedProcess munged = MungedProcess.start();
        try {
            return configure(munged, dir, extraConf);
        } catch (IOException | RuntimeException e) {
            munged.close();
            throw e;
        }
    }

    private static TestCluster configure(MungedProcess munged, Path dir, List<String> extraConf)
            throws IOException {
        // other users' clients must reach the socket (munged creates it world-writable)
        Files.setPosixFilePermissions(munged.socket().getParent(),
                PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        final int[] ports = freePorts(4);
        final int port = ports[0];
        final Path slurmConf = dir.resolve("slurm.conf");
        Files.writeString(slurmConf, String.join("\n",
                "ClusterName=flurmtest",
                "SlurmctldHost=localhost",
                "SlurmctldPort=" + port,
                "SlurmdPort=" + ports[1],
                "AuthType=auth/munge",
                "AuthInfo=socket=" + munged.socket(),
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmUser=root",
                "SelectType=select/cons_tres",
                "NodeName=n[1-2] CPUs=2 RealMemory=1000 State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                String.join("\n", extraConf),
                ""));
        Files.writeString(dir.resolve("flurm.conf"), String.join("\n",
                "ReplicationPort=" + ports[2],
                "MetricsAddress=127.0.0.1:" + ports[3],
                "AuditLog=" + dir.resolve("audit.log"),
                ""));
        return new TestCluster(munged, dir, slurmConf, port, ports[3]);
    }

    /** {@code count} different free ports: all are held open until all are chosen. */
    static int[] freePorts(int count) throws IOException {
        final List<ServerSocket> sockets = new ArrayList<>();
        try {
            final int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                final ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    Path slurmConf() {
        return slurmConf;
    }

    Path dir() {
        return dir;
    }

    int port() {
        return port;
    }

    /** The metrics endpoint's port (flurm.conf MetricsAddress). */
    int metricsPort() {
        return metricsPort;
    }

    /** Appends {@code lines} to the cluster's flurm.conf, before the controller starts. */
    void addToFlurmConf(String... lines) throws IOException {
        Files.writeString(dir.resolve("flurm.conf"), String.join("\n", lines) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The private munged's socket. */
    Path mungeSocket() {
        return munged.socket();
    }

    /** What a client command printed (stdout and stderr together) and its exit status. */
    record Result(int exit, String output) {
    }

    /** Runs a client as root. */
    Result run(String... command) throws IOException, InterruptedException {
        return runAs(null, command);
    }

    /** Runs a client as uid and gid {@code id}, or as root when {@code id} is null. */
    Result runAs(Integer id, String... command) throws IOException, InterruptedException {
        final List<String> line = new ArrayList<>();
        if (id != null) {
            line.addAll(List.of("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups"));
        }
        line.addAll(List.of(command));
        final ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .directory(dir.toFile());
        builder.environment().put("SLURM_CONF", slurmConf.toString());
        final Process process = builder.start();
        final byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("client did not finish: " + line);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** squeue's default layout for one line. */
    static String squeueLine(String id, String partition, String name, String user,
                             String state, String time, String nodes, String where) {
        return String.format("%18s %9s %8s %8s %2s %10s %6s %s%n", id, partition, name, user,
                state, time, nodes, where);
    }

    static final String SQUEUE_HEADER = squeueLine("JOBID", "PARTITION", "NAME", "USER", "ST",
            "TIME", "NODES", "NODELIST(REASON)");

    /** Starts flurmctld on this cluster's slurm.conf; {@link #close()} stops it. */
    Flurmctld startController() throws IOException, ConfigException {
        controller = Flurmctld.start(slurmConf);
        return controller;
    }

    /** Stops the controller {@link #startController()} started, then munged. */
    @Override
    public void close() {
        try {
            if (controller != null) {
                controller.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            munged.close();
        }
    }
}
