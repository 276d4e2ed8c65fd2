package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PartitionName lines: DEFAULT values, SLURM's defaults, time and limit values. */
class PartitionDefinitionTest {

    @TempDir
    Path dir;

    private List<PartitionDefinition> partitions(String lines)
            throws IOException, ConfigException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\nSlurmctldHost=h\nNodeName=n[1-4]\n" + lines);
        return SlurmConfParser.parse(file).partitions();
    }

    @Test
    void partitionWithOnlyANameHasSlurmDefaults() throws Exception {
        PartitionDefinition p = partitions("PartitionName=p\n").getFirst();

        assertThat(p.nodes()).isEmpty();
        assertThat(p.isDefault()).isFalse();
        assertThat(p.state()).isEqualTo(PartitionState.UP);
        assertThat(p.maxTime()).isEqualTo(SlurmConfig.INFINITE);
        assertThat(p.defaultTime()).isEqualTo(SlurmConfig.NO_VAL);
        assertThat(p.maxNodes()).isEqualTo(SlurmConfig.INFINITE);
        assertThat(p.minNodes()).isZero();
        assertThat(p.maxCpusPerNode()).isEqualTo(SlurmConfig.INFINITE);
        assertThat(List.of(p.priorityTier(), p.priorityJobFactor())).containsExactly(1, 1);
        assertThat(p.overSubscribe()).isEqualTo("NO");
        assertThat(p.allowGroups()).isEmpty();
    }

    @Test
    void timesAreReadInSlurmsFormatsAsMinutes() throws Exception {
        List<PartitionDefinition> ps = partitions("PartitionName=a MaxTime=5-0\n"
                + "PartitionName=b MaxTime=2-12\nPartitionName=c MaxTime=3:00:00\n"
                + "PartitionName=d MaxTime=30\nPartitionName=e MaxTime=1:30\n"
                + "PartitionName=f MaxTime=INFINITE DefaultTime=256:00:00\n");

        assertThat(ps).extracting(PartitionDefinition::maxTime).containsExactly(
                7200L, 3600L, 180L, 30L, 2L, SlurmConfig.INFINITE);
        assertThat(ps.getLast().defaultTime()).isEqualTo(15_360L);
    }

    @Test
    void defaultPartitionLineAppliesToLaterPartitions() throws Exception {
        List<PartitionDefinition> ps = partitions("PartitionName=DEFAULT MaxTime=30"
                + " MaxNodes=1200 State=DOWN\nPartitionName=debug Nodes=n[1-4] State=UP"
                + " Default=YES\n");

        PartitionDefinition debug = ps.getFirst();
        assertThat(ps).hasSize(1);
        assertThat(debug.maxTime()).isEqualTo(30L);
        assertThat(debug.maxNodes()).isEqualTo(1200L);
        assertThat(debug.state()).isEqualTo(PartitionState.UP);
        assertThat(debug.isDefault()).isTrue();
    }

    @Test
    void lowerCaseDefaultIsTheDefaultLine() throws Exception {
        List<PartitionDefinition> ps = partitions("PartitionName=default MaxTime=10\n"
                + "PartitionName=p\n");

        assertThat(ps).extracting(PartitionDefinition::maxTime).containsExactly(10L);
    }

    @Test
    void accessListsAllMeansEveryoneAndAccountsAreLowerCase() throws Exception {
        PartitionDefinition p = partitions("PartitionName=p AllowGroups=ALL"
                + " AllowAccounts=Phys,Chem AllowQos=Normal DenyQos=x\n").getFirst();

        assertThat(p.allowGroups()).isEmpty();
        assertThat(p.allowAccounts()).containsExactly("phys", "chem");
        assertThat(p.allowQos()).containsExactly("normal");
    }

    @Test
    void priorityIsBothTierAndJobFactor() throws Exception {
        PartitionDefinition p = partitions("PartitionName=p Priority=50 PriorityTier=3\n")
                .getFirst();

        assertThat(List.of(p.priorityTier(), p.priorityJobFactor())).containsExactly(50, 50);
    }

    @Test
    void overSubscribeAndSharedAreNormalised() throws Exception {
        List<PartitionDefinition> ps = partitions("PartitionName=a OverSubscribe=EXCLUSIVE\n"
                + "PartitionName=b Shared=YES\nPartitionName=c OverSubscribe=FORCE:2\n");

        assertThat(ps).extracting(PartitionDefinition::overSubscribe)
                .containsExactly("EXCLUSIVE", "YES:4", "FORCE:2");
    }

    @Test
    void memoryPerNodeWinsOverMemoryPerCpu() throws Exception {
        List<PartitionDefinition> ps = partitions("PartitionName=a DefMemPerCPU=500"
                + " MaxMemPerCPU=1000\nPartitionName=b DefMemPerNode=8000 DefMemPerCPU=1\n");

        assertThat(ps.getFirst().defMem()).isEqualTo(500L);
        assertThat(ps.getFirst().defMemPerCpu()).isTrue();
        assertThat(ps.getFirst().maxMem()).isEqualTo(1000L);
        assertThat(ps.getLast().defMem()).isEqualTo(8000L);
        assertThat(ps.getLast().defMemPerCpu()).isFalse();
    }

    @Test
    void blanksInNodesBecomeCommas() throws Exception {
        assertThat(partitions("PartitionName=p Nodes=\"n1 n2\"\n").getFirst().nodes())
                .isEqualTo(Optional.of("n1,n2"));
    }

    @Test
    void stateIsMatchedOnItsLeadingLetters() throws Exception {
        assertThat(partitions("PartitionName=p State=drained\n").getFirst().state())
                .isEqualTo(PartitionState.DRAIN);
    }
}
