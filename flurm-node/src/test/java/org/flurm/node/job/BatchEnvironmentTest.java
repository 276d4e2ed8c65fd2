package org.flurm.node.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.message.slurmd.BatchJobLaunch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch script's environment for the launch captured from the real slurmctld: what sbatch
 * sent, plus exactly the variables the real 22.05.8 slurmd added for such a job, minus
 * SLURM_UMASK.
 */
class BatchEnvironmentTest {

    private static BatchJobLaunch launch;

    @BeforeAll
    static void readCapture() throws Exception {
        launch = CapturedLaunch.read();
    }

    @Test
    void addsWhatSlurmdSetsForABatchJobAndDropsTheUmask() {
        final List<String> env = BatchEnvironment.of(launch, "n2", "ref",
                "ref:localhost:6817:9728:109", "root");

        final List<String> expected = new ArrayList<>();
        for (String sent : launch.environment()) {
            if (!sent.startsWith("SLURM_UMASK=")) {
                expected.add(sent);
            }
        }
        final String id = Integer.toString(launch.jobId());
        expected.addAll(List.of(
                "SLURM_CLUSTER_NAME=ref",
                "SLURM_JOB_ID=" + id,
                "SLURM_JOB_NUM_NODES=1",
                "SLURM_JOB_NODELIST=n2",
                "SLURM_JOB_PARTITION=debug",
                "SLURM_NODE_ALIASES=(null)",
                "SLURM_JOB_CPUS_PER_NODE=1",
                "ENVIRONMENT=BATCH",
                "HOSTNAME=n2",
                "SLURM_JOBID=" + id,
                "SLURM_NNODES=1",
                "SLURM_NODELIST=n2",
                "SLURM_TASKS_PER_NODE=1",
                "SLURM_CPUS_ON_NODE=1",
                "SLURM_GTIDS=0",
                "SLURM_JOB_UID=0",
                "SLURM_JOB_GID=0",
                "SLURM_JOB_USER=root",
                "SLURM_LOCALID=0",
                "SLURM_NODEID=0",
                "SLURM_PROCID=0",
                "SLURM_TOPOLOGY_ADDR=n2",
                "SLURM_TOPOLOGY_ADDR_PATTERN=node",
                "SLURM_WORKING_CLUSTER=ref:localhost:6817:9728:109",
                "SLURMD_NODENAME=n2",
                "TMPDIR=/tmp"));
        assertThat(env).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theUmaskComesFromSlurmUmask() {
        assertThat(BatchEnvironment.umask(launch)).isEqualTo("0022");
    }
}
