package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock sdiag against flurmctld: REQUEST_STATS_INFO is answered in 22.05's layout with the
 * controller's own counters, and sdiag -r resets them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdiagStockClientsTest {

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

    @Test
    void sdiagPrintsTheJobCountersAndTheRpcsByTypeAndUserThenResets() throws Exception {
        final String first = cluster.run("sbatch", "--parsable", "--hold", "--wrap=true")
                .output().strip();
        cluster.run("sbatch", "--parsable", "--hold", "--wrap=true");
        assertThat(cluster.run("scancel", first).exit()).isZero();

        final Result sdiag = cluster.run("sdiag");
        final Result reset = cluster.run("sdiag", "-r");
        final Result afterReset = cluster.run("sdiag");

        assertThat(sdiag.exit()).as(sdiag.output()).isZero();
        final List<String> lines = sdiag.output().lines().toList();
        assertThat(lines).contains(
                "Server thread count:  1",
                "Agent queue size:     0",
                "Jobs submitted: 2",
                "Jobs started:   0",
                "Jobs canceled:  1",
                "Jobs pending:   1",
                "Jobs running:   0",
                "Main schedule statistics (microseconds):",
                "Remote Procedure Call statistics by message type",
                "Remote Procedure Call statistics by user",
                "Pending RPC statistics",
                "\tNo pending RPCs");
        assertThat(lines).anyMatch(line -> line.matches(
                "\tREQUEST_SUBMIT_BATCH_JOB +\\( 4003\\) count:2 +ave_time:\\d+ +total_time:\\d+"));
        assertThat(lines).anyMatch(line -> line.matches(
                "\tREQUEST_KILL_JOB +\\( 5032\\) count:1 +ave_time:\\d+ +total_time:\\d+"));
        assertThat(lines).anyMatch(line -> line.matches(
                "\troot +\\( +0\\) count:\\d+ +ave_time:\\d+ +total_time:\\d+"));
        assertThat(reset.output()).isEqualTo("Reset scheduling statistics\n");
        assertThat(afterReset.output().lines().toList()).contains("Jobs submitted: 0",
                "Jobs canceled:  0");
    }
}
