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
 * Who may submit to which partition, as the stock sbatch and sinfo show it: the messages and
 * exit statuses are those the real slurmctld 22.05 gives for the same slurm.conf.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionAccessStockClientsTest {

    private static final String TEST_USER = "flurmacc";
    private static final String REFUSED = "sbatch: error: Batch job submission failed: ";

    private TestCluster cluster;
    private int testUid;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp, List.of(
                "PartitionName=grp Nodes=ALL AllowGroups=adm State=UP",
                "PartitionName=rootonly Nodes=ALL RootOnly=YES State=UP",
                "PartitionName=hid Nodes=ALL Hidden=YES State=UP",
                "PartitionName=drained Nodes=ALL State=DRAIN",
                "PartitionName=inact Nodes=ALL State=INACTIVE",
                "PartitionName=down Nodes=ALL State=DOWN"));
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

    private Result submitAsUser(String partition) throws Exception {
        return cluster.runAs(testUid, "sbatch", "-p", partition, "--wrap=true");
    }

    @Test
    void aUserOutsideAllowGroupsIsRefusedWithTheGroupMessage() throws Exception {
        final Result result = submitAsUser("grp");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).isEqualTo(REFUSED
                + "User's group not permitted to use this partition\n");
    }

    @Test
    void aUserIsRefusedARootOnlyPartitionAndRootIsNot() throws Exception {
        final Result user = submitAsUser("rootonly");
        final Result root = cluster.run("sbatch", "--hold", "-p", "rootonly", "--wrap=true");

        assertThat(user.exit()).isEqualTo(1);
        assertThat(user.output()).isEqualTo(REFUSED + "Access/permission denied\n");
        assertThat(root.exit()).isZero();
        assertThat(root.output()).matches("Submitted batch job \\d+\n");
    }

    @Test
    void drainedAndInactivePartitionsRefuseSubmissions() throws Exception {
        final Result drained = submitAsUser("drained");
        final Result inactive = submitAsUser("inact");

        assertThat(drained.exit()).isEqualTo(1);
        assertThat(drained.output()).isEqualTo(REFUSED
                + "Required partition not available (inactive or drain)\n");
        assertThat(inactive.output()).isEqualTo(drained.output());
    }

    @Test
    void aDownPartitionTakesTheJobWhichWaitsForPartitionDown() throws Exception {
        final Result submitted = submitAsUser("down");
        assertThat(submitted.output()).matches("Submitted batch job \\d+\n");
        final String id = submitted.output().replaceAll("\\D", "");

        // the scheduler runs apart from the submission; wait for its verdict
        String reason = "";
        for (int attempt = 0; attempt < 60 && !reason.equals("PartitionDown\n"); attempt++) {
            Thread.sleep(500);
            reason = cluster.run("squeue", "-h", "-j", id, "-o", "%r").output();
        }

        assertThat(reason).isEqualTo("PartitionDown\n");
    }

    @Test
    void hiddenAndGroupClosedPartitionsAreListedToUsersOnlyBySinfoAll() throws Exception {
        final Result submitted = submitAsUser("hid");
        final Result sinfo = cluster.runAs(testUid, "sinfo", "-h", "-o", "%P");
        final Result sinfoAll = cluster.runAs(testUid, "sinfo", "-a", "-h", "-o", "%P");

        assertThat(submitted.output()).matches("Submitted batch job \\d+\n");
        assertThat(sinfo.output()).isEqualTo("debug*\nrootonly\ndrained\ninact\ndown\n");
        assertThat(sinfoAll.output())
                .isEqualTo("debug*\ngrp\nrootonly\nhid\ndrained\ninact\ndown\n");
    }
}
