package org.flurm.acceptance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * FLURM as a target: a private munged and {@code bin/flurm standalone}, with a slurm.conf of
 * the same shape as the reference cluster's (four nodes n1..n4 of two CPUs, partition debug,
 * the same FirstJobId), so that the same scenarios and expected files apply.
 */
public final class FlurmTarget implements Target {

    private static final int START_TIMEOUT_SECONDS = 60;

    private final Path repository;
    private final Path dir;
    private final int ctldPort;
    private final int slurmdPort;
    private final List<Process> started = new ArrayList<>();
    private final List<String> startedNames = new ArrayList<>();

    public FlurmTarget(Path repository, Path dir, int ctldPort, int slurmdPort) {
        this.repository = repository;
        this.dir = dir;
        this.ctldPort = ctldPort;
        this.slurmdPort = slurmdPort;
    }

    @Override
    public String name() {
        return "flurm";
    }

    @Override
    public void start() throws IOException, InterruptedException {
        deleteTree(dir);
        for (String sub : List.of("etc", "log", "state", "spool", "munge/key")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.setPosixFilePermissions(dir.resolve("munge"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("munge/key"),
                PosixFilePermissions.fromString("rwx------"));

        // a private munged with a fresh key, as the reference cluster has
        final Path key = dir.resolve("munge/key/munge.key");
        final Shell.Result keygen = Shell.run(List.of("mungekey", "-c", "-k", key.toString()),
                Map.of("PATH", System.getenv("PATH")), dir, 30);
        if (keygen.exitCode() != 0) {
            throw new TargetUnavailableException("mungekey failed: " + keygen.stderr());
        }
        final Path socket = dir.resolve("munge/munge.socket.2");
        launch(List.of("munged", "-F", "--force", "--socket=" + socket, "--key-file=" + key,
                "--pid-file=" + dir.resolve("munge/key/munged.pid"),
                "--seed-file=" + dir.resolve("munge/key/munged.seed"),
                "--log-file=" + dir.resolve("log/munged.log")), "munged");
        waitFor(() -> Files.exists(socket), "munged socket " + socket);

        Files.writeString(slurmConf(), slurmConfText(socket));
        launch(List.of(repository.resolve("bin/flurm").toString(), "standalone"), "flurm");
        waitFor(this::controllerAnswers, "the FLURM controller on port " + ctldPort);
    }

    private String slurmConfText(Path mungeSocket) {
        return String.join("\n",
                "# written by the acceptance suite's FLURM target",
                "ClusterName=ref",
                "SlurmctldHost=localhost",
                "SlurmctldPort=" + ctldPort,
                "SlurmdPort=" + slurmdPort,
                "AuthType=auth/munge",
                "AuthInfo=socket=" + mungeSocket,
                "CredType=cred/munge",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool") + "/%n",
                "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("log/slurmd-%n.log"),
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "SchedulerType=sched/backfill",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "MpiDefault=none",
                "ReturnToService=2",
                "MaxJobCount=50000",
                "MinJobAge=30",
                "KillWait=5",
                "InactiveLimit=0",
                "AccountingStorageType=accounting_storage/none",
                "FirstJobId=" + ReferenceSlurm.FIRST_JOB_ID,
                "NodeName=n[1-4] NodeHostname=" + localHostName()
                        + " NodeAddr=127.0.0.1 Port=" + slurmdPort + "-"
                        + (slurmdPort + ReferenceSlurm.NODES - 1)
                        + " CPUs=2 RealMemory=1000 State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                "");
    }

    private void launch(List<String> argv, String logName) throws IOException {
        final ProcessBuilder pb = new ProcessBuilder(argv)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log/" + logName + ".out").toFile());
        pb.environment().put("SLURM_CONF", slurmConf().toString());
        started.add(pb.start());
        startedNames.add(logName);
    }

    private boolean controllerAnswers() {
        if (started.stream().anyMatch(p -> !p.isAlive())) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", ctldPort), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void waitFor(Check check, String what) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + START_TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            for (int i = 0; i < started.size(); i++) {
                if (!started.get(i).isAlive()) {
                    throw new TargetUnavailableException(what + " is not up: "
                            + startedNames.get(i) + " exited with " + started.get(i).exitValue()
                            + ", saying:\n" + lastLines(startedNames.get(i)));
                }
            }
            Thread.sleep(200);
        }
        throw new TargetUnavailableException(what + " did not come up within "
                + START_TIMEOUT_SECONDS + " s (logs in " + dir.resolve("log") + ")");
    }

    private String lastLines(String logName) {
        try {
            final List<String> lines = Files.readAllLines(dir.resolve("log/" + logName + ".out"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException;
    }

    static String localHostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            return "localhost";
        }
    }

    @Override
    public Path slurmConf() {
        return dir.resolve("etc/slurm.conf");
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public int controllerPort() {
        return ctldPort;
    }

    @Override
    public List<Integer> nodePorts() {
        return IntStream.range(0, ReferenceSlurm.NODES).mapToObj(i -> slurmdPort + i).toList();
    }

    @Override
    public void stop() throws InterruptedException {
        // newest first: the daemons before the munged they sign with
        for (Process p : started.reversed()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        started.clear();
        startedNames.clear();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
