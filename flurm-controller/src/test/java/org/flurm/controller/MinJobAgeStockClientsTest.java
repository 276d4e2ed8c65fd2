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
 * Finished jobs leave the queue MinJobAge seconds after they end (here the smallest MinJobAge
 * SLURM allows, 2), and their ids are then unknown, as with the real slurmctld 22.05.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinJobAgeStockClientsTest {

    private TestCluster cluster;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp, List.of("MinJobAge=2"));
        cluster.startController();
    }

    @AfterAll
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void aCancelledJobIsPurgedAfterMinJobAgeAndItsIdIsThenInvalid() throws Exception {
        final String id = cluster.run("sbatch", "--parsable", "--hold", "--wrap=true")
                .output().strip();
        final String kept = cluster.run("sbatch", "--parsable", "--hold", "--wrap=true")
                .output().strip();
        assertThat(cluster.run("scancel", id).exit()).isZero();

        // the purge runs apart from the cancel; wait for it
        String listed = id;
        for (int attempt = 0; attempt < 60 && !listed.isEmpty(); attempt++) {
            Thread.sleep(500);
            listed = cluster.run("squeue", "-h", "-t", "all", "-o", "%i").output()
                    .lines().filter(id::equals).findFirst().orElse("");
        }
        final Result show = cluster.run("scontrol", "show", "job", id);

        assertThat(listed).isEmpty();
        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.output()).isEqualTo("slurm_load_jobs error: Invalid job id specified\n");
        assertThat(cluster.run("squeue", "-h", "-o", "%i").output()).isEqualTo(kept + "\n");
    }
}
