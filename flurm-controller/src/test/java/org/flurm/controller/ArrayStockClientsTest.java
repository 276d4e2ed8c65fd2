package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.controller.TestCluster.SQUEUE_HEADER;
import static org.flurm.controller.TestCluster.squeueLine;

import java.nio.file.Path;
import java.util.List;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job arrays (sbatch --array) as the stock squeue, scontrol and scancel show them: one record
 * for the pending tasks, printed and cancelled task by task as the real slurmctld 22.05 does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrayStockClientsTest {

    private TestCluster cluster;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp, List.of());
        cluster.startController();
    }

    @AfterAll
    void stop() throws Exception {
        cluster.close();
    }

    private String submitHeld(String array) throws Exception {
        final Result result = cluster.run("sbatch", "--parsable", "--hold", "--array=" + array,
                "--wrap=true");
        assertThat(result.output()).as(result.output()).matches("\\d+\n");
        return result.output().strip();
    }

    private String squeue(String id) throws Exception {
        return cluster.run("squeue", "-j", id).output();
    }

    private static String heldLine(String jobId) {
        return squeueLine(jobId, "debug", "wrap", "root", "PD", "0:00", "1", "(JobHeldUser)");
    }

    @Test
    void pendingTasksAreListedAsOneLineWithTheirRangesAndThrottle() throws Exception {
        final String throttled = submitHeld("0-9%2");
        final String list = submitHeld("1,3,5");
        final String stepped = submitHeld("1-9:2");

        assertThat(squeue(throttled)).isEqualTo(SQUEUE_HEADER + heldLine(throttled + "_[0-9%2]"));
        assertThat(squeue(list)).isEqualTo(SQUEUE_HEADER + heldLine(list + "_[1,3,5]"));
        assertThat(squeue(stepped)).isEqualTo(SQUEUE_HEADER
                + heldLine(stepped + "_[1,3,5,7,9]"));
        assertThat(Integer.parseInt(list)).isEqualTo(Integer.parseInt(throttled) + 1);
    }

    @Test
    void scontrolShowsTheArrayAndOneOfItsPendingTasks() throws Exception {
        final String id = submitHeld("0-9%2");

        final String array = cluster.run("scontrol", "show", "job", id).output();
        final String task = cluster.run("scontrol", "show", "job", id + "_3").output();

        assertThat(array).startsWith("JobId=" + id + " ArrayJobId=" + id
                + " ArrayTaskId=0-9%2 ArrayTaskThrottle=2 JobName=wrap\n");
        assertThat(task).startsWith("JobId=" + id + " ArrayJobId=" + id
                + " ArrayTaskId=3 ArrayTaskThrottle=2 JobName=wrap\n");
    }

    @Test
    void scancelOfOneTaskRemovesItAndOfTheArrayRemovesAll() throws Exception {
        final String id = submitHeld("0-9%2");

        assertThat(cluster.run("scancel", id + "_3").exit()).isZero();
        final String afterTask = squeue(id);
        final Result shown = cluster.run("scontrol", "show", "job", id + "_3");
        assertThat(cluster.run("scancel", id).exit()).isZero();
        final String afterArray = cluster.run("squeue", "-h", "-j", id).output();

        assertThat(afterTask).isEqualTo(SQUEUE_HEADER + heldLine(id + "_[0-2,4-9%2]"));
        assertThat(shown.exit()).isEqualTo(1);
        assertThat(shown.output()).isEqualTo("Job " + id + "_3 not found\n");
        assertThat(afterArray).isEmpty();
    }

    @Test
    void anArrayBeyondMaxArraySizeIsRefused() throws Exception {
        final Result result = cluster.run("sbatch", "--array=0-5000", "--wrap=true");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).isEqualTo("sbatch: error: Batch job submission failed:"
                + " Invalid job array specification\n");
    }
}
