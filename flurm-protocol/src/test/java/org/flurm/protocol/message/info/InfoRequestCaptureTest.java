package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The info requests the stock clients sent decode to the values their command lines imply. */
class InfoRequestCaptureTest {

    @Test
    void squeueAsksForAllJobsOfThisCluster() throws Exception {
        final JobInfoRequest request =
                CapturedBodies.only("squeue.txt", 2003, JobInfoRequest.class);

        assertThat(request).isEqualTo(new JobInfoRequest(0, ShowFlags.SHOW_LOCAL, null));
    }

    @Test
    void scancelByNameAsksForAllJobsIncludingHiddenOnes() throws Exception {
        final JobInfoRequest request =
                CapturedBodies.only("scancel_name.txt", 2003, JobInfoRequest.class);

        assertThat(request).isEqualTo(
                new JobInfoRequest(0, ShowFlags.SHOW_ALL | ShowFlags.SHOW_LOCAL, null));
    }

    @Test
    void scontrolShowJobAsksForTheOneJob() throws Exception {
        assertThat(CapturedBodies.only("scontrol_show_job.txt", 2021,
                JobInfoSingleRequest.class))
                .isEqualTo(new JobInfoSingleRequest(1, ShowFlags.SHOW_LOCAL));
    }

    @Test
    void squeueForOneUserAsksByUid() throws Exception {
        // squeue -u nobody: uid 65534
        assertThat(CapturedBodies.only("squeue_empty_filter.txt", 2039,
                JobUserInfoRequest.class))
                .isEqualTo(new JobUserInfoRequest(65534, ShowFlags.SHOW_LOCAL));
    }

    @Test
    void srunPollsItsOwnJobForReadiness() throws Exception {
        assertThat(CapturedBodies.only("srun_hostname.txt", 4019, JobReadyRequest.class))
                .isEqualTo(new JobReadyRequest(7, 0));
    }

    @Test
    void sinfoAsksForNodesAndPartitions() throws Exception {
        assertThat(CapturedBodies.only("sinfo.txt", 2007, NodeInfoRequest.class))
                .isEqualTo(new NodeInfoRequest(0, ShowFlags.SHOW_LOCAL));
        assertThat(CapturedBodies.only("sinfo.txt", 2009, PartitionInfoRequest.class))
                .isEqualTo(new PartitionInfoRequest(0, ShowFlags.SHOW_LOCAL));
    }

    @Test
    void squeueAsksForHiddenPartitionsToo() throws Exception {
        assertThat(CapturedBodies.only("squeue.txt", 2009, PartitionInfoRequest.class))
                .isEqualTo(new PartitionInfoRequest(0,
                        ShowFlags.SHOW_ALL | ShowFlags.SHOW_LOCAL));
    }
}
