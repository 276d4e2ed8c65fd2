package org.flurm.controller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.flurm.auth.testing.MungedProcess;

/**
 * A private cluster with real node daemons: a munged of its own, a slurm.conf on free ports
 * (nodes n1 and n2 with 2 CPUs each, partition debug, SlurmdTimeout 6 s, ReturnToService 1),
 * the stock slurmd for each node ({@code slurmd -D -f conf -N nX}), and the stock clients.
 * The controller is the test's to start.
 */
final class SlurmdCluster implements AutoCloseable {

    /** SlurmdTimeout of the test configuration, seconds. */
    static final int SLURMD_TIMEOUT = 6;

    private final MungedProcess munged;
    private final Path dir;
    private final Path slurmConf;
    private final Map<String, Process> slurmds = new LinkedHashMap<>();

    private SlurmdCluster(MungedProcess munged, Path dir, Path slurmConf) {
        this.munged = munged;
        this.dir = dir;
        this.slurmConf = slurmConf;
    }

    /** Writes the configuration under {@code dir} and starts munged (no daemon yet). */
    static SlurmdCluster create(Path dir) throws IOException {
        final MungedProcess munged = MungedProcess.start();
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            final int[] ports = TestCluster.freePorts(4);
            final Path slurmConf = dir.resolve("slurm.conf");
            Files.createDirectories(dir.resolve("spool"));
            Files.writeString(slurmConf, String.join("\n",
                    "ClusterName=flurmnodes",
                    "SlurmctldHost=localhost",
                    "SlurmctldPort=" + ports[0],
                    "AuthType=auth/munge",
                    "AuthInfo=socket=" + munged.socket(),
                    "CredType=cred/munge",
                    "SlurmUser=root",
                    "SlurmdUser=root",
                    "StateSaveLocation=" + dir.resolve("state"),
                    "SlurmdSpoolDir=" + dir.resolve("spool") + "/%n",
                    "SlurmdPidFile=" + dir.resolve("slurmd-%n.pid"),
                    "SlurmdLogFile=" + dir.resolve("slurmd-%n.log"),
                    "SelectType=select/cons_tres",
                    "SelectTypeParameters=CR_Core",
                    "ProctrackType=proctrack/linuxproc",
                    "TaskPlugin=task/none",
                    "JobAcctGatherType=jobacct_gather/none",
                    "MpiDefault=none",
                    "SwitchType=switch/none",
                    "SlurmdParameters=config_overrides",
                    "ReturnToService=1",
                    "SlurmdTimeout=" + SLURMD_TIMEOUT,
                    "KillWait=2",
                    "NodeName=n1 NodeAddr=127.0.0.1 Port=" + ports[1]
                            + " CPUs=2 RealMemory=1000 State=UNKNOWN",
                    "NodeName=n2 NodeAddr=127.0.0.1 Port=" + ports[2]
                            + " CPUs=2 RealMemory=1000 State=UNKNOWN",
                    "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                    ""));
            Files.writeString(dir.resolve("flurm.conf"), "ReplicationPort=" + ports[3] + "\n");
            return new SlurmdCluster(munged, dir, slurmConf);
        } catch (IOException | RuntimeException e) {
            munged.close();
            throw e;
        }
    }

    Path slurmConf() {
        return slurmConf;
    }

    Path dir() {
        return dir;
    }

    /** Starts the stock slurmd for {@code node} in the foreground. */
    void startSlurmd(String node) throws IOException {
        final Process process = new ProcessBuilder("slurmd", "-D", "-f", slurmConf.toString(),
                "-N", node).redirectErrorStream(true)
                .redirectOutput(dir.resolve("slurmd-" + node + ".out").toFile())
                .start();
        slurmds.put(node, process);
    }

    /** Kills {@code node}'s slurmd with SIGKILL, as a crashed daemon. */
    void killSlurmd(String node) throws InterruptedException {
        final Process process = slurmds.remove(node);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** What a client command printed (stdout and stderr together) and its exit status. */
    record Result(int exit, String output) {
    }

    /** Runs a client as root in the cluster's directory. */
    Result run(String... command) throws IOException, InterruptedException {
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(dir.toFile());
        builder.environment().put("SLURM_CONF", slurmConf.toString());
        final Process process = builder.start();
        final byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("client did not finish: " + List.of(command));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code command} every half second until its output satisfies {@code until};
     * returns that output, or fails with the last one after {@code seconds}.
     */
    String await(int seconds, Predicate<String> until, String... command) throws Exception {
        String last = "";
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            last = run(command).output();
            if (until.test(last)) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("after " + seconds + " s " + List.of(command)
                + " still printed:\n" + last);
    }

    /** Stops every slurmd still running, then munged. */
    @Override
    public void close() {
        final List<Process> running = new ArrayList<>(slurmds.values());
        slurmds.clear();
        for (Process process : running) {
            process.destroy();
        }
        try {
            for (Process process : running) {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(Process::destroyForcibly);
        } finally {
            munged.close();
        }
    }
}
