package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scontrol reconfigure} against flurmctld: administrators only, as the real slurmctld
 * 22.05 answers it; partition changes in slurm.conf take effect, a changed node set does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconfigureStockClientsTest {

    private static final String TEST_USER = "flurmrcf";

    private TestCluster cluster;
    private int testUid;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp, List.of());
        cluster.startController();
        cluster.run("userdel", TEST_USER);
        final Result added = cluster.run("useradd", "-M", "-N", "-s", "/usr/sbin/nologin",
                TEST_USER);
        assertThat(added.exit()).as(added.output()).isZero();
        testUid = Integer.parseInt(cluster.run("id", "-u", TEST_USER).output().strip());
    }

    @AfterAll
    void stop() throws Exception {
        cluster.run("userdel", TEST_USER);
        cluster.close();
    }

    @Test
    void aUserMayNotReconfigure() throws Exception {
        final Result result = cluster.runAs(testUid, "scontrol", "reconfigure");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).isEqualTo("slurm_reconfigure error: Invalid user id\n");
    }

    @Test
    void newAndChangedPartitionsTakeEffectAndANewNodeSetIsRefused() throws Exception {
        final Path conf = cluster.slurmConf();
        final String original = Files.readString(conf);
        try {
            Files.writeString(conf, original.replace(
                    "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                    "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=DOWN\n"
                            + "PartitionName=extra Nodes=n2 MaxTime=30 State=UP"));

            final Result reconfigured = cluster.run("scontrol", "reconfigure");
            final Result sinfo = cluster.run("sinfo", "-h", "-o", "%P %a %l %N");

            assertThat(reconfigured.exit()).as(reconfigured.output()).isZero();
            assertThat(reconfigured.output()).isEmpty();
            assertThat(sinfo.output()).isEqualTo("debug* down infinite n[1-2]\n"
                    + "extra up 30:00 n2\n");

            Files.writeString(conf, original.replace("NodeName=n[1-2]", "NodeName=n[1-3]"));
            final Result refused = cluster.run("scontrol", "reconfigure");
            final Result unchanged = cluster.run("sinfo", "-h", "-o", "%P %a");

            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.output())
                    .isEqualTo("slurm_reconfigure error: Invalid node name specified\n");
            assertThat(unchanged.output()).isEqualTo("debug* down\nextra up\n");
        } finally {
            Files.writeString(conf, original);
            cluster.run("scontrol", "reconfigure");
        }
    }
}
