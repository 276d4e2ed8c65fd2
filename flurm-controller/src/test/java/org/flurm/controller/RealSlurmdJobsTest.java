package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.controller.SlurmdCluster.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs run end to end on the stock slurmd 22.05 under an in-process flurmctld: the nodes
 * register and show idle, a batch script runs and its end is recorded with its exit status,
 * scancel and the time limit end running jobs through the node daemons, and a restarted
 * controller follows a job it started to its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSlurmdJobsTest {

    private static final Pattern SUBMITTED = Pattern.compile("Submitted batch job (\\d+)\n");

    private SlurmdCluster cluster;
    private Flurmctld ctld;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = SlurmdCluster.create(temp);
        ctld = Flurmctld.start(cluster.slurmConf());
        cluster.startSlurmd("n1");
        cluster.startSlurmd("n2");
        cluster.await(60, out -> out.equals("idle\nidle\n"), "sinfo", "-h", "-N", "-o", "%T");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (ctld != null) {
                ctld.close();
            }
        } finally {
            cluster.close();
        }
    }

    private int submit(String... sbatchArgs) throws Exception {
        final String[] command = new String[sbatchArgs.length + 1];
        command[0] = "sbatch";
        System.arraycopy(sbatchArgs, 0, command, 1, sbatchArgs.length);
        final Result result = cluster.run(command);
        final Matcher matcher = SUBMITTED.matcher(result.output());
        assertThat(matcher.matches()).as(result.output()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** Waits until {@code scontrol show job} prints {@code state} and returns what it printed. */
    private String awaitState(int jobId, int seconds, String state) throws Exception {
        return cluster.await(seconds, out -> out.contains(" JobState=" + state + " "),
                "scontrol", "show", "job", Integer.toString(jobId));
    }

    @Test
    void registeredNodesAreListedIdle() throws Exception {
        final Result sinfo = cluster.run("sinfo");

        assertThat(sinfo.output()).isEqualTo(
                "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
                + "debug*       up   infinite      2   idle n[1-2]\n");
    }

    @Test
    void aBatchScriptRunsAndCompletesWithItsOutput() throws Exception {
        final Path output = cluster.dir().resolve("hi.out");
        final int id = submit("-o", output.toString(), "--wrap=echo hi");

        final String job = awaitState(id, 60, "COMPLETED");

        assertThat(job).contains(" ExitCode=0:0\n");
        assertThat(Files.readString(output)).isEqualTo("hi\n");
    }

    @Test
    void aFailingScriptEndsFailedWithItsExitCode() throws Exception {
        final int id = submit("-o", "/dev/null", "--wrap=exit 3");

        final String job = awaitState(id, 60, "FAILED");

        assertThat(job).contains(" Reason=NonZeroExitCode ").contains(" ExitCode=3:0\n");
    }

    @Test
    void scancelEndsARunningJobAndItsProcess() throws Exception {
        final int id = submit("-o", "/dev/null", "--wrap=sleep 3917");
        awaitState(id, 60, "RUNNING");
        cluster.await(30, out -> !out.isEmpty(), "pgrep", "-u", "root", "-f", "^sleep 3917$");

        final Result scancel = cluster.run("scancel", Integer.toString(id));

        assertThat(scancel.exit()).isZero();
        awaitState(id, 60, "CANCELLED");
        cluster.await(30, String::isEmpty, "pgrep", "-u", "root", "-f", "^sleep 3917$");
    }

    @Test
    void aJobPastItsTimeLimitEndsTimedOut() throws Exception {
        final int id = submit("-o", "/dev/null", "-t", "1", "--wrap=sleep 3918");
        awaitState(id, 60, "RUNNING");

        final String job = awaitState(id, 120, "TIMEOUT");

        assertThat(job).contains(" Reason=TimeLimit ");
        cluster.await(30, String::isEmpty, "pgrep", "-u", "root", "-f", "^sleep 3918$");
    }

    @Test
    void aRestartedControllerFollowsARunningJobToItsEnd() throws Exception {
        final Path output = cluster.dir().resolve("restart.out");
        final int id = submit("-o", output.toString(), "--wrap=sleep 12; echo done");
        awaitState(id, 60, "RUNNING");

        ctld.close();
        ctld = Flurmctld.start(cluster.slurmConf());

        final String job = awaitState(id, 120, "COMPLETED");
        assertThat(job).contains(" ExitCode=0:0\n");
        assertThat(Files.readString(output)).isEqualTo("done\n");
        cluster.await(60, out -> out.equals("idle\nidle\n"), "sinfo", "-h", "-N", "-o", "%T");
    }
}
