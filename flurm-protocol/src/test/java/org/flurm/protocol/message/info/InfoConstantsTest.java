package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The state and flag constants carry SLURM 22.05's numbers. */
class InfoConstantsTest {

    @Test
    void jobStateReasonsAreNumberedAsInSlurm() {
        assertThat(JobStateReason.WAIT_NO_REASON.value()).isZero();
        assertThat(JobStateReason.WAIT_HELD_USER.value()).isEqualTo(16);
        assertThat(JobStateReason.FAIL_QOS.value()).isEqualTo(28);
        assertThat(JobStateReason.WAIT_QOS_RESOURCE_LIMIT.value()).isEqualTo(31);
        assertThat(JobStateReason.of(198)).isEqualTo(JobStateReason.WAIT_RESV_DELETED);
        assertThat(JobStateReason.values()).hasSize(199);
        assertThatThrownBy(() -> JobStateReason.of(199))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBaseJobStateIgnoresFlagBits() {
        assertThat(JobState.baseOf(JobState.COMPLETE.value() | JobState.COMPLETING))
                .isEqualTo(JobState.COMPLETE);
        assertThat(JobState.OOM.value()).isEqualTo(11);
        assertThat(JobState.STAGE_OUT).isEqualTo(0x800000);
    }

    @Test
    void theBaseNodeStateIgnoresFlagBits() {
        assertThat(NodeState.baseOf(NodeState.IDLE.value() | NodeState.DRAIN))
                .isEqualTo(NodeState.IDLE);
        assertThat(NodeState.FUTURE.value()).isEqualTo(6);
        assertThat(NodeState.DYNAMIC_NORM).isEqualTo(0x4000000);
    }

    @Test
    void showFlagsTestEveryBitOfTheFlag() {
        final int squeue = ShowFlags.SHOW_ALL | ShowFlags.SHOW_LOCAL;

        assertThat(squeue).isEqualTo(0x11);
        assertThat(ShowFlags.has(squeue, ShowFlags.SHOW_ALL)).isTrue();
        assertThat(ShowFlags.has(squeue, ShowFlags.SHOW_DETAIL)).isFalse();
        assertThat(ShowFlags.has(squeue, ShowFlags.SHOW_ALL | ShowFlags.SHOW_DETAIL)).isFalse();
    }

    @Test
    void partitionStatesAreNumberedAsInSlurm() {
        assertThat(PartitionState.of(3)).isEqualTo(PartitionState.UP);
        assertThat(PartitionState.INACTIVE.value()).isZero();
        assertThat(PartitionState.FLAG_EXCLUSIVE_USER).isEqualTo(0x40);
    }
}
