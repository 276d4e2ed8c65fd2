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
 * Job dependencies (sbatch --dependency) as the stock squeue and scontrol show them: stored,
 * evaluated each scheduling pass from the named jobs' states, shown with SLURM's
 * (unfulfilled) and (failed) marks and the Dependency and DependencyNeverSatisfied reasons
 * the real slurmctld 22.05 gives for the same jobs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DependencyStockClientsTest {

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

    private String submit(String... sbatchArgs) throws Exception {
        final String[] command = new String[sbatchArgs.length + 2];
        command[0] = "sbatch";
        command[1] = "--parsable";
        System.arraycopy(sbatchArgs, 0, command, 2, sbatchArgs.length);
        final Result result = cluster.run(command);
        assertThat(result.output()).as(result.output()).matches("\\d+\n");
        return result.output().strip();
    }

    /** The job's reason once the scheduler has given it {@code expected}, or the last one. */
    private String awaitReason(String id, String expected) throws Exception {
        String reason = "";
        for (int attempt = 0; attempt < 60 && !reason.equals(expected + "\n"); attempt++) {
            Thread.sleep(500);
            reason = cluster.run("squeue", "-h", "-j", id, "-o", "%r").output();
        }
        return reason;
    }

    private String stateLine(String id) throws Exception {
        return cluster.run("scontrol", "show", "job", id).output().lines()
                .filter(line -> line.startsWith("   JobState=")).findFirst().orElse("");
    }

    @Test
    void dependentJobsWaitShowTheirTermsAndFollowTheJobTheyNameWhenItFails() throws Exception {
        final String first = submit("--hold", "-J", "depname", "--wrap=true");
        final String ok = submit("--dependency=afterok:" + first, "--wrap=true");
        final String notOk = submit("--dependency=afternotok:" + first + ",afterany:" + first,
                "--wrap=true");
        final String single = submit("-J", "depname", "--dependency=singleton", "--wrap=true");

        assertThat(awaitReason(ok, "Dependency")).isEqualTo("Dependency\n");
        assertThat(awaitReason(single, "Dependency")).isEqualTo("Dependency\n");
        assertThat(stateLine(ok)).isEqualTo("   JobState=PENDING Reason=Dependency"
                + " Dependency=afterok:" + first + "(unfulfilled)");
        assertThat(stateLine(notOk)).isEqualTo("   JobState=PENDING Reason=Dependency"
                + " Dependency=afternotok:" + first + "(unfulfilled),afterany:" + first
                + "(unfulfilled)");
        assertThat(stateLine(single)).isEqualTo("   JobState=PENDING Reason=Dependency"
                + " Dependency=singleton(unfulfilled)");

        // the job they name is cancelled: afterok can never be met, the others are met
        assertThat(cluster.run("scancel", first).exit()).isZero();

        assertThat(awaitReason(ok, "DependencyNeverSatisfied"))
                .isEqualTo("DependencyNeverSatisfied\n");
        assertThat(stateLine(ok)).isEqualTo("   JobState=PENDING"
                + " Reason=DependencyNeverSatisfied Dependency=afterok:" + first + "(failed)");
        assertThat(stateLine(notOk)).endsWith(" Dependency=(null)");
        assertThat(stateLine(single)).endsWith(" Dependency=(null)");
    }

    @Test
    void aDependencyOnAnUnknownJobIsAcceptedAndCountsAsMet() throws Exception {
        final String id = submit("--dependency=afterok:4000000", "--wrap=true");

        assertThat(stateLine(id)).endsWith(" Dependency=(null)");
    }
}
