package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node whose slurmd dies is shown not responding once it misses a ping, goes DOWN with
 * reason "Not responding" after SlurmdTimeout, and with ReturnToService=1 is usable again
 * when its slurmd registers anew.
 */
class SilentNodeTest {

    @TempDir
    Path temp;

    @Test
    void aKilledSlurmdMakesItsNodeNotRespondingThenDownUntilItRegistersAgain()
            throws Exception {
        try (SlurmdCluster cluster = SlurmdCluster.create(temp)) {
            final Flurmctld ctld = Flurmctld.start(cluster.slurmConf());
            try {
                watchNodes(cluster);
            } finally {
                ctld.close();
            }
        }
    }

    private static void watchNodes(SlurmdCluster cluster) throws Exception {
        cluster.startSlurmd("n1");
        cluster.startSlurmd("n2");
        cluster.await(60, out -> out.equals("idle\nidle\n"),
                "sinfo", "-h", "-N", "-o", "%T");

        cluster.killSlurmd("n2");

        cluster.await(30, out -> out.equals("idle*\n"), "sinfo", "-h", "-n", "n2", "-o",
                "%T");
        cluster.await(60, out -> out.equals("down*\n"), "sinfo", "-h", "-n", "n2", "-o",
                "%T");
        assertThat(cluster.run("scontrol", "show", "node", "n2").output())
                .contains("   State=DOWN+NOT_RESPONDING ")
                .contains("   Reason=Not responding [root@");
        assertThat(cluster.run("sinfo", "-h", "-n", "n1", "-o", "%T").output())
                .isEqualTo("idle\n");

        cluster.startSlurmd("n2");

        cluster.await(60, out -> out.equals("idle\n"), "sinfo", "-h", "-n", "n2", "-o",
                "%T");
    }
}
