package org.flurm.node.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flurm.auth.munge.Munge;
import org.flurm.auth.testing.MungedProcess;
import org.flurm.node.Flurmd;
import org.flurm.node.NodeDaemon;

/**
 * A one-host cluster for tests: a private munged, the REAL slurmctld of the installed SLURM
 * 22.05 on free ports in a temporary folder, and two flurmd in this JVM as its nodes: n1
 * tracking job processes with cgroup v2 where the host has it, n2 always through /proc.
 * The stock clients reach it through {@link #client}.
 */
public final class SlurmctldWithFlurmd implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path dir;
    private final Path conf;
    private final MungedProcess munged;
    private Process slurmctld;
    private final List<NodeDaemon> nodes = new ArrayList<>();

    private SlurmctldWithFlurmd(Path dir, Path conf, MungedProcess munged) {
        this.dir = dir;
        this.conf = conf;
        this.munged = munged;
    }

    /** Starts everything and waits until both nodes are idle in sinfo. */
    public static SlurmctldWithFlurmd start(int killWaitSeconds) throws Exception {
        final Path dir = Files.createTempDirectory("flurm-node-it-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        final MungedProcess munged = MungedProcess.start();
        // clients of the test user must reach the socket; the key stays readable by root only
        Files.setPosixFilePermissions(munged.socket().getParent(),
                PosixFilePermissions.fromString("rwx--x--x"));

        final int[] ports = freePorts(3);
        final Path conf = dir.resolve("slurm.conf");
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(conf, String.join("\n",
                "ClusterName=flurmit",
                "SlurmctldHost=localhost",
                "SlurmctldPort=" + ports[0],
                "SlurmdPort=" + ports[1],
                "AuthType=auth/munge",
                "AuthInfo=socket=" + munged.socket(),
                "CredType=cred/munge",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool") + "/%n",
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "ReturnToService=2",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "MpiDefault=none",
                // without it every job holds its node's whole memory, one job per node
                "DefMemPerCPU=100",
                "KillWait=" + killWaitSeconds,
                "NodeName=n1 NodeHostname=localhost NodeAddr=127.0.0.1 Port=" + ports[1]
                        + " CPUs=2 RealMemory=1000 State=UNKNOWN",
                "NodeName=n2 NodeHostname=localhost NodeAddr=127.0.0.1 Port=" + ports[2]
                        + " CPUs=2 RealMemory=1000 State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                ""));

        final SlurmctldWithFlurmd cluster = new SlurmctldWithFlurmd(dir, conf, munged);
        try {
            cluster.slurmctld = new ProcessBuilder("slurmctld", "-D", "-i", "-f",
                    conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("slurmctld.log").toFile())
                    .start();
            cluster.nodes.add(Flurmd.start(conf, "n1", true));
            cluster.nodes.add(Flurmd.start(conf, "n2", false));
            cluster.awaitIdle();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    public Path conf() {
        return conf;
    }

    /** A folder the user may write job output into. */
    public Path workDir(TestUser user) throws IOException {
        final Path work = dir.resolve("work-" + user.name());
        Files.createDirectories(work);
        Files.setAttribute(work, "unix:uid", user.uid());
        Files.setAttribute(work, "unix:gid", user.gid());
        return work;
    }

    /** Runs a stock SLURM client as root. */
    public Commands.Result client(String... command) throws IOException, InterruptedException {
        return Commands.run(List.of(command), clientEnv("root", "/root"));
    }

    /** Runs a stock SLURM client as {@code user} in {@code cwd}. */
    public Commands.Result client(TestUser user, Path cwd, String... command)
            throws IOException, InterruptedException {
        final List<String> full = new ArrayList<>(List.of("setpriv",
                "--reuid=" + user.uid(), "--regid=" + user.gid(), "--init-groups", "--"));
        full.addAll(List.of(command));
        final Map<String, String> env = clientEnv(user.name(), cwd.toString());
        env.put("PWD", cwd.toString());
        return Commands.run(full, env, cwd);
    }

    private Map<String, String> clientEnv(String user, String home) {
        final Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("HOME", home);
        env.put("USER", user);
        env.put("LOGNAME", user);
        env.put("LANG", "C.UTF-8");
        env.put("SLURM_CONF", conf.toString());
        return env;
    }

    /** Submits with sbatch --parsable and returns the job id. */
    public int sbatch(TestUser user, Path cwd, String... options) throws Exception {
        final List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(List.of(options));
        final Commands.Result result = client(user, cwd, command.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("sbatch failed: " + result.output());
        }
        return Integer.parseInt(result.output().strip().split(";")[0]);
    }

    /** A field of {@code scontrol show job}, e.g. "JobState". */
    public String jobField(int jobId, String field) throws Exception {
        final String show = client("scontrol", "show", "job", Integer.toString(jobId)).output();
        final Matcher m = Pattern.compile("\\b" + field + "=(\\S*)").matcher(show);
        return m.find() ? m.group(1) : "";
    }

    /** Waits until the job's state is one of {@code states}; returns it. */
    public String awaitJobState(int jobId, Duration limit, String... states) throws Exception {
        final long deadline = System.nanoTime() + limit.toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            state = jobField(jobId, "JobState");
            for (String wanted : states) {
                if (state.equals(wanted)) {
                    return state;
                }
            }
            Thread.sleep(250);
        }
        return state;
    }

    /** Waits until sinfo reports both nodes idle. */
    public void awaitIdle() throws Exception {
        final long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = client("sinfo", "-h", "-N", "-o", "%N %T").output();
            if (last.equals("n1 idle\nn2 idle\n")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("nodes not idle: " + last + " / " + log());
    }

    /** A MUNGE client of the cluster's munged. */
    public Munge munge() {
        return munged.munge();
    }

    /** The port flurmd of node n1 (index 0) or n2 (index 1) listens on. */
    public int nodePort(int index) throws IOException {
        final String conf = Files.readString(this.conf);
        final Matcher m = Pattern.compile("NodeName=n" + (index + 1) + " .* Port=(\\d+)")
                .matcher(conf);
        if (!m.find()) {
            throw new IllegalStateException("no port for n" + (index + 1));
        }
        return Integer.parseInt(m.group(1));
    }

    /** Registrations slurmctld accepted from node n1 (index 0) or n2 (index 1). */
    public int registrations(int index) {
        return nodes.get(index).registrations();
    }

    /** slurmctld's output so far. */
    public String log() throws IOException {
        return Files.readString(dir.resolve("slurmctld.log"));
    }

    /** Stops slurmctld and starts it again on the same state. */
    public void restartSlurmctld() throws Exception {
        stopSlurmctld();
        slurmctld = new ProcessBuilder("slurmctld", "-D", "-f", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("slurmctld.log").toFile()))
                .start();
    }

    private void stopSlurmctld() throws InterruptedException {
        if (slurmctld != null && slurmctld.isAlive()) {
            // slurmctld's children (slurmscriptd) end with it on SIGTERM
            slurmctld.destroy();
            if (!slurmctld.waitFor(30, TimeUnit.SECONDS)) {
                slurmctld.destroyForcibly().waitFor();
            }
        }
    }

    private static int[] freePorts(int count) throws IOException {
        final int[] ports = new int[count];
        final List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                final ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    @Override
    public void close() throws IOException {
        for (NodeDaemon node : nodes) {
            node.close();
        }
        try {
            stopSlurmctld();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        munged.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
