package org.flurm.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.node.rpc.Messenger;
import org.flurm.node.testing.Commands;
import org.flurm.node.testing.SlurmctldWithFlurmd;
import org.flurm.node.testing.TestUser;
import org.flurm.protocol.message.common.EmptyBody;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.KillJob;
import org.flurm.protocol.message.slurmd.PingSlurmdResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * flurmd serving the REAL slurmctld of SLURM 22.05, driven with the stock clients: the node
 * registers and goes idle, batch jobs run as their user with SLURM's environment and files,
 * exit codes, cancellation, batch signals and time limits end up in slurmctld's job records
 * exactly as with slurmd.
 */
// one cluster serves every test: node states are checked before any job runs, the restart last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlurmdWithRealSlurmctldTest {

    private static final Duration JOB_END = Duration.ofSeconds(60);

    private static SlurmctldWithFlurmd cluster;
    private static TestUser user;
    private static Path work;

    @BeforeAll
    static void startCluster() throws Exception {
        user = TestUser.create("flurmnodet");
        cluster = SlurmctldWithFlurmd.start(2);
        work = cluster.workDir(user);
    }

    @AfterEach
    void cancelLeftovers() throws Exception {
        // a failed test must not leave a job holding CPUs the next test needs
        cluster.client("scancel", "-u", user.name());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (user != null) {
            user.close();
        }
    }

    @Test
    @Order(1)
    void sinfoShowsBothNodesIdleAfterRegistration() throws Exception {
        final Commands.Result sinfo = cluster.client("sinfo", "-h", "-N", "-o", "%N %T %c %m");

        assertThat(sinfo.output()).isEqualTo("n1 idle 2 1000\nn2 idle 2 1000\n");
    }

    @Test
    @Order(2)
    void scontrolShowsTheRegisteredVersionAndArchitecture() throws Exception {
        final String node = cluster.client("scontrol", "show", "node", "n1").output();

        assertThat(node).contains("Version=22.05.8").contains("Arch=x86_64")
                .contains("State=IDLE");
    }

    @Test
    @Order(3)
    void pingIsAnsweredWithLoadAndFreeMemory() throws Exception {
        final Messenger messenger = new Messenger(new MessageAuthenticator(cluster.munge(),
                HashPolicy.DEFAULT));

        try (Socket socket = new Socket("127.0.0.1", cluster.nodePort(0))) {
            final Messenger.Received reply = messenger.call(socket, 1008, EmptyBody.INSTANCE,
                    Munge.ANY_UID);

            assertThat(reply.msgType()).isEqualTo(1016);
            assertThat(reply.sender().uid()).isZero();
            assertThat(((PingSlurmdResponse) reply.body()).freeMem()).isPositive();
        }
    }

    @Test
    @Order(3)
    void terminatingAJobTheNodeDoesNotRunIsAlreadyComplete() throws Exception {
        final Messenger messenger = new Messenger(new MessageAuthenticator(cluster.munge(),
                HashPolicy.DEFAULT));
        final KillJob kill = new KillJob(null, null, 0, 0, StepId.wholeJob(999_999), 0,
                0x8003, 0, 0, "n1", SelectJobInfo.OF_CONS_TRES, null, 0, 0, null);

        try (Socket socket = new Socket("127.0.0.1", cluster.nodePort(0))) {
            final Messenger.Received reply = messenger.call(socket, 6011, kill, Munge.ANY_UID);

            assertThat(reply.msgType()).isEqualTo(8001);
            assertThat(reply.body()).isEqualTo(new SlurmRc(4002));
        }
    }

    @Test
    @Order(4)
    void reconfigureMakesTheNodesRegisterAgain() throws Exception {
        final int n1 = cluster.registrations(0);

        final Commands.Result reconfigure = cluster.client("scontrol", "reconfigure");

        assertThat(reconfigure.exitCode()).isZero();
        final long deadline = System.nanoTime() + JOB_END.toNanos();
        while (System.nanoTime() < deadline && cluster.registrations(0) == n1) {
            Thread.sleep(200);
        }
        assertThat(cluster.registrations(0)).isGreaterThan(n1);
        cluster.awaitIdle();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n1", "n2"})
    void batchJobRunsAsItsUserWithSlurmsEnvironment(String node) throws Exception {
        final int job = cluster.sbatch(user, work, "-w", node, "-J", "envjob",
                "-o", "out-%j-%x-%u.txt", "--wrap=echo hi; id -un; env | sort");

        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("COMPLETED");
        assertThat(cluster.jobField(job, "ExitCode")).isEqualTo("0:0");
        final Path out = work.resolve("out-" + job + "-envjob-" + user.name() + ".txt");
        assertThat(Files.getAttribute(out, "unix:uid")).isEqualTo(user.uid());
        final List<String> lines = Files.readAllLines(out);
        assertThat(lines.subList(0, 2)).containsExactly("hi", user.name());
        assertThat(lines).contains(
                "SLURM_JOB_ID=" + job,
                "SLURM_JOBID=" + job,
                "SLURM_JOB_NAME=envjob",
                "SLURM_JOB_NODELIST=" + node,
                "SLURM_JOB_NUM_NODES=1",
                "SLURM_NNODES=1",
                "SLURM_CPUS_ON_NODE=1",
                "SLURM_JOB_CPUS_PER_NODE=1",
                "SLURM_TASKS_PER_NODE=1",
                "SLURM_JOB_PARTITION=debug",
                "SLURM_JOB_USER=" + user.name(),
                "SLURM_JOB_UID=" + user.uid(),
                "SLURM_JOB_GID=" + user.gid(),
                "SLURM_CLUSTER_NAME=flurmit",
                "SLURMD_NODENAME=" + node,
                "SLURM_SUBMIT_DIR=" + work,
                "SLURM_NODEID=0",
                "SLURM_PROCID=0",
                "SLURM_LOCALID=0",
                "SLURM_GTIDS=0",
                "SLURM_NODE_ALIASES=(null)",
                "SLURM_TOPOLOGY_ADDR=" + node,
                "SLURM_TOPOLOGY_ADDR_PATTERN=node",
                "ENVIRONMENT=BATCH",
                "HOSTNAME=" + node,
                "TMPDIR=/tmp",
                "PWD=" + work);
        assertThat(lines).noneMatch(line -> line.startsWith("SLURM_UMASK="))
                .noneMatch(line -> line.startsWith("SLURM_RLIMIT_"))
                .noneMatch(line -> line.startsWith("OLDPWD="));
    }

    @Test
    void defaultOutputFileIsSlurmJobIdOutInTheWorkDir() throws Exception {
        final int job = cluster.sbatch(user, work, "--wrap=echo default");

        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("COMPLETED");
        assertThat(Files.readString(work.resolve("slurm-" + job + ".out")))
                .isEqualTo("default\n");
    }

    @Test
    void nonZeroExitIsFailedWithThatExitCode() throws Exception {
        final int job = cluster.sbatch(user, work, "-o", "/dev/null", "--wrap=exit 3");

        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("FAILED");
        assertThat(cluster.jobField(job, "ExitCode")).isEqualTo("3:0");
    }

    @Test
    void scriptKilledBySignalReportsTheSignal() throws Exception {
        final int job = cluster.sbatch(user, work, "-o", "/dev/null", "--wrap=kill -9 $$");

        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("FAILED");
        assertThat(cluster.jobField(job, "ExitCode")).isEqualTo("0:9");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scancelEndsTheJobAndEveryProcessItStarted(int nodeIndex) throws Exception {
        final String node = "n" + nodeIndex;
        // a daemon in a session of its own, recognisable by its argument
        final String marker = "sleep 60" + nodeIndex;
        final int job = cluster.sbatch(user, work, "-w", node, "-o", "cancel-%j.out",
                "--wrap=setsid " + marker + " & echo started; sleep 600");
        assertThat(cluster.awaitJobState(job, JOB_END, "RUNNING")).isEqualTo("RUNNING");
        awaitOutput(work.resolve("cancel-" + job + ".out"), "started");
        awaitProcess(marker, true);
        assertThat(userProcesses(marker)).isNotEmpty();

        cluster.client("scancel", Integer.toString(job));

        assertThat(cluster.awaitJobState(job, JOB_END, "CANCELLED")).isEqualTo("CANCELLED");
        awaitProcess(marker, false);
        assertThat(userProcesses(marker)).isEmpty();
        awaitOutput(work.resolve("cancel-" + job + ".out"), "CANCELLED AT");
        assertThat(Files.readString(work.resolve("cancel-" + job + ".out")))
                .containsPattern("(?m)^slurmstepd: error: \\*\\*\\* JOB " + job + " ON " + node
                        + " CANCELLED AT \\S+ \\*\\*\\*$");
    }

    @Test
    void batchSignalIsCaughtByTheScriptWithoutEndingTheJob() throws Exception {
        final Path release = work.resolve("release-usr1");
        final int job = cluster.sbatch(user, work, "-o", "usr1-%j.out",
                "--wrap=trap 'echo got USR1' USR1; echo ready;"
                        + " while [ ! -e " + release + " ]; do sleep 0.2; done; echo done");
        awaitOutput(work.resolve("usr1-" + job + ".out"), "ready");

        final Commands.Result signal = cluster.client("scancel", "--batch", "--signal=USR1",
                Integer.toString(job));
        awaitOutput(work.resolve("usr1-" + job + ".out"), "got USR1");
        assertThat(cluster.jobField(job, "JobState")).isEqualTo("RUNNING");
        Files.writeString(release, "");

        assertThat(signal.exitCode()).isZero();
        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("COMPLETED");
        assertThat(Files.readAllLines(work.resolve("usr1-" + job + ".out")))
                .containsExactly("ready", "got USR1", "done");
    }

    @Test
    @Order(99)
    void timeLimitEndsTheJobAsTimeout() throws Exception {
        final int job = cluster.sbatch(user, work, "-t", "1", "-o", "limit-%j.out",
                "--wrap=echo start; sleep 300");

        assertThat(cluster.awaitJobState(job, Duration.ofMinutes(3), "TIMEOUT", "FAILED",
                "COMPLETED")).isEqualTo("TIMEOUT");
        awaitOutput(work.resolve("limit-" + job + ".out"), "DUE TO TIME LIMIT");
        final String out = Files.readString(work.resolve("limit-" + job + ".out"));
        assertThat(out).startsWith("start\n")
                .containsPattern("(?m)^slurmstepd: error: \\*\\*\\* JOB " + job
                        + " ON n\\d CANCELLED AT \\S+ DUE TO TIME LIMIT \\*\\*\\*$");
    }

    @Test
    @Order(100)
    void nodesRegisterAgainWhenSlurmctldRestarts() throws Exception {
        cluster.awaitIdle();
        final int n1 = cluster.registrations(0);
        final int n2 = cluster.registrations(1);

        cluster.restartSlurmctld();

        final long deadline = System.nanoTime() + JOB_END.toNanos();
        while (System.nanoTime() < deadline
                && (cluster.registrations(0) == n1 || cluster.registrations(1) == n2)) {
            Thread.sleep(200);
        }
        assertThat(cluster.registrations(0)).isGreaterThan(n1);
        assertThat(cluster.registrations(1)).isGreaterThan(n2);
        cluster.awaitIdle();
        final int job = cluster.sbatch(user, work, "-o", "/dev/null", "--wrap=true");
        assertThat(cluster.awaitJobState(job, JOB_END, "COMPLETED", "FAILED"))
                .isEqualTo("COMPLETED");
    }

    private List<String> userProcesses(String marker) throws Exception {
        final String ps = Commands.run(List.of("ps", "-u", Integer.toString(user.uid()),
                "-o", "args="), null).output();
        return ps.lines().filter(line -> line.startsWith(marker)).toList();
    }

    /** Waits until a process of the test user runs {@code marker} ({@code present}) or not. */
    private void awaitProcess(String marker, boolean present) throws Exception {
        final long deadline = System.nanoTime() + JOB_END.toNanos();
        while (System.nanoTime() < deadline && userProcesses(marker).isEmpty() == present) {
            Thread.sleep(100);
        }
    }

    private static void awaitOutput(Path file, String text) throws Exception {
        final long deadline = System.nanoTime() + JOB_END.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
    }
}
