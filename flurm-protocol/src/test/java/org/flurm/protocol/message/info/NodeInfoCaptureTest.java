package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Sentinels;
import org.junit.jupiter.api.Test;

/** RESPONSE_NODE_INFO as the real controller sent it decodes to what sinfo and scontrol print. */
class NodeInfoCaptureTest {

    private static final int RESPONSE_NODE_INFO = 2008;

    @Test
    void sinfoReceivesFourIdleTwoCpuNodes() throws Exception {
        final List<NodeInfo> nodes = CapturedBodies.only("sinfo.txt", RESPONSE_NODE_INFO,
                NodeInfoResponse.class).nodes();

        assertThat(nodes).extracting(NodeInfo::name).containsExactly("n1", "n2", "n3", "n4");
        assertThat(nodes).extracting(NodeInfo::port).containsExactly(6818, 6819, 6820, 6821);
        assertThat(nodes).extracting(NodeInfo::nodeState).containsOnly(NodeState.IDLE.value());
        assertThat(nodes).extracting(NodeInfo::cpus).containsOnly(2);
        assertThat(nodes).extracting(NodeInfo::cpusEffective).containsOnly(2);
        assertThat(nodes).extracting(n -> n.selectNodeInfo().allocCpus()).containsOnly(0);
        assertThat(nodes).extracting(NodeInfo::tresFmt)
                .containsOnly("cpu=2,mem=1000M,billing=2");
    }

    @Test
    void scontrolShowNodeReceivesTheFieldsItPrints() throws Exception {
        final NodeInfoResponse response = CapturedBodies.only("scontrol_show_node.txt",
                RESPONSE_NODE_INFO, NodeInfoResponse.class);
        final NodeInfo n1 = response.nodes().get(0);

        assertThat(response.lastUpdate()).isEqualTo(1796314634L);

        // NodeName=n1 Arch=x86_64 CoresPerSocket=1 CPUAlloc=0 CPUEfctv=2 CPUTot=2 CPULoad=0.77
        assertThat(n1.name()).isEqualTo("n1");
        assertThat(n1.arch()).isEqualTo("x86_64");
        assertThat(n1.cores()).isEqualTo(1);
        assertThat(n1.cpus()).isEqualTo(2);
        assertThat(n1.cpuLoad()).isEqualTo(77);
        assertThat(n1.selectNodeInfo()).isEqualTo(new NodeInfo.SelectNodeInfo(
                SelectJobInfo.CONS_TRES, 0, 0, null, 0.0));

        // NodeAddr=127.0.0.1 NodeHostName=vm Version=22.05.8
        assertThat(n1.nodeAddr()).isEqualTo("127.0.0.1");
        assertThat(n1.nodeHostname()).isEqualTo("vm");
        assertThat(n1.version()).isEqualTo("22.05.8");
        assertThat(n1.os()).isEqualTo("Linux 6.18.44-fc-v1147 #1 SMP PREEMPT_DYNAMIC @0");

        // RealMemory=1000 AllocMem=0 FreeMem=23565 Sockets=2 Boards=1
        assertThat(n1.realMemory()).isEqualTo(1000L);
        assertThat(n1.freeMem()).isEqualTo(23565L);
        assertThat(n1.sockets()).isEqualTo(2);
        assertThat(n1.boards()).isEqualTo(1);

        // State=IDLE ThreadsPerCore=1 TmpDisk=0 Weight=1 Owner=N/A MCS_label=N/A
        assertThat(NodeState.baseOf(n1.nodeState())).isEqualTo(NodeState.IDLE);
        assertThat(n1.nextState()).isEqualTo(Sentinels.NO_VAL);
        assertThat(n1.threads()).isEqualTo(1);
        assertThat(n1.tmpDisk()).isZero();
        assertThat(n1.weight()).isEqualTo(1);
        assertThat(n1.owner()).isEqualTo(Sentinels.NO_VAL);
        assertThat(n1.mcsLabel()).isNull();

        // BootTime=2026-12-03T15:47:51 SlurmdStartTime=2026-12-03T16:16:55
        // LastBusyTime=2026-12-03T16:16:51
        assertThat(n1.bootTime()).isEqualTo(1796312871L);
        assertThat(n1.slurmdStartTime()).isEqualTo(1796314615L);
        assertThat(n1.lastBusy()).isEqualTo(1796314611L);

        // CapWatts=n/a CurrentWatts=0 AveWatts=0 ExtSensorsJoules=n/s ExtSensorsTemp=n/s
        assertThat(n1.powerCapWatts()).isEqualTo(Sentinels.NO_VAL);
        assertThat(n1.energy()).isEqualTo(EnergyData.NONE);
        assertThat(n1.extSensors()).isEqualTo(
                new NodeInfo.ExtSensors(Sentinels.NO_VAL64, Sentinels.NO_VAL, 0, 0));
    }
}
