package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;
import org.junit.jupiter.api.Test;

/** RESPONSE_PARTITION_INFO as the real controller sent it decodes to the debug partition. */
class PartitionInfoCaptureTest {

    private static final int RESPONSE_PARTITION_INFO = 2010;

    @Test
    void scontrolShowPartitionReceivesTheDebugPartition() throws Exception {
        final PartitionInfoResponse response = CapturedBodies.only(
                "scontrol_show_partition.txt", RESPONSE_PARTITION_INFO,
                PartitionInfoResponse.class);

        assertThat(response.partitions()).hasSize(1);
        final PartitionInfo debug = response.partitions().get(0);

        // PartitionName=debug Default=YES State=UP Nodes=n[1-4]
        assertThat(debug.name()).isEqualTo("debug");
        assertThat(debug.flags()).isEqualTo(PartitionState.FLAG_DEFAULT);
        assertThat(PartitionState.of(debug.stateUp())).isEqualTo(PartitionState.UP);
        assertThat(debug.nodes()).isEqualTo("n[1-4]");
        assertThat(debug.nodeInx()).isEqualTo(Bitmap.of(4, 0, 1, 2, 3));

        // MaxNodes=UNLIMITED MaxTime=UNLIMITED MinNodes=0 MaxCPUsPerNode=UNLIMITED
        // DefaultTime=NONE GraceTime=0
        assertThat(debug.maxNodes()).isEqualTo(Sentinels.INFINITE);
        assertThat(debug.maxTime()).isEqualTo(Sentinels.INFINITE);
        assertThat(debug.minNodes()).isZero();
        assertThat(debug.maxCpusPerNode()).isEqualTo(Sentinels.INFINITE);
        assertThat(debug.defaultTime()).isEqualTo(Sentinels.NO_VAL);
        assertThat(debug.graceTime()).isZero();

        // State=UP TotalCPUs=8 TotalNodes=4 OverSubscribe=NO OverTimeLimit=NONE
        assertThat(debug.totalCpus()).isEqualTo(8);
        assertThat(debug.totalNodes()).isEqualTo(4);
        assertThat(debug.maxShare()).isEqualTo(1);
        assertThat(debug.overTimeLimit()).isEqualTo(Sentinels.NO_VAL16);
        assertThat(debug.preemptMode()).isEqualTo(Sentinels.NO_VAL16);

        // PriorityJobFactor=1 PriorityTier=1 AllowGroups=ALL JobDefaults=(null)
        // DefMemPerNode=UNLIMITED MaxMemPerNode=UNLIMITED
        assertThat(debug.priorityJobFactor()).isEqualTo(1);
        assertThat(debug.priorityTier()).isEqualTo(1);
        assertThat(debug.allowGroups()).isNull();
        assertThat(debug.jobDefaults()).isNull();
        assertThat(debug.defMemPerCpu()).isZero();
        assertThat(debug.maxMemPerCpu()).isZero();

        // TRES=cpu=8,mem=4000M,node=4,billing=8
        assertThat(debug.tresFmt()).isEqualTo("cpu=8,mem=4000M,node=4,billing=8");
    }

    @Test
    void squeueAndSinfoReceiveTheSamePartitionRecord() throws Exception {
        final PartitionInfo fromSqueue = CapturedBodies.only("squeue.txt",
                RESPONSE_PARTITION_INFO, PartitionInfoResponse.class).partitions().get(0);
        final PartitionInfo fromSinfo = CapturedBodies.only("sinfo.txt",
                RESPONSE_PARTITION_INFO, PartitionInfoResponse.class).partitions().get(0);

        assertThat(fromSqueue).isEqualTo(fromSinfo);
    }
}
