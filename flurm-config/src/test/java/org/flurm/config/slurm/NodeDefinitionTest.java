package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NodeName lines: DEFAULT values and SLURM's defaults for counts not given. */
class NodeDefinitionTest {

    @TempDir
    Path dir;

    private List<NodeDefinition> nodes(String lines) throws IOException, ConfigException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\nSlurmctldHost=h\n" + lines);
        return SlurmConfParser.parse(file).nodes();
    }

    @Test
    void nodeWithoutCountsHasOneCpuOneMegabyteAndWeightOne() throws Exception {
        NodeDefinition node = nodes("NodeName=n1\n").getFirst();

        assertThat(List.of(node.cpus(), node.boards(), node.sockets(), node.coresPerSocket(),
                node.threadsPerCore())).containsExactly(1, 1, 1, 1, 1);
        assertThat(node.realMemory()).isEqualTo(1L);
        assertThat(node.tmpDisk()).isZero();
        assertThat(node.weight()).isEqualTo(1L);
        assertThat(node.addresses()).isEqualTo("n1");
        assertThat(node.hostnames()).isEqualTo("n1");
    }

    @Test
    void cpusDefaultToSocketsTimesCoresTimesThreads() throws Exception {
        NodeDefinition node = nodes("NodeName=n1 Sockets=2 CoresPerSocket=10 ThreadsPerCore=2\n")
                .getFirst();

        assertThat(node.cpus()).isEqualTo(40);
    }

    @Test
    void socketsAreInferredFromCpusWhenTheyDivideEvenly() throws Exception {
        NodeDefinition node = nodes("NodeName=n1 CPUs=36 CoresPerSocket=18\n").getFirst();

        assertThat(node.sockets()).isEqualTo(2);
    }

    @Test
    void socketsPerBoardTimesBoardsGivesTheSockets() throws Exception {
        NodeDefinition node =
                nodes("NodeName=n1 Boards=2 SocketsPerBoard=4 CoresPerSocket=2\n").getFirst();

        assertThat(node.sockets()).isEqualTo(8);
        assertThat(node.cpus()).isEqualTo(16);
    }

    @Test
    void cpusMatchingNoTopologyAreResetWithAWarning() throws Exception {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\nSlurmctldHost=h\n"
                + "NodeName=n1 CPUs=5 Sockets=2 CoresPerSocket=2\n");
        SlurmConfig config = SlurmConfParser.parse(file);

        assertThat(config.nodes().getFirst().cpus()).isEqualTo(4);
        assertThat(config.warnings()).extracting(ConfigProblem::line).containsExactly(3);
    }

    @Test
    void procsIsTheOldNameOfCpus() throws Exception {
        assertThat(nodes("NodeName=n1 Procs=2\n").getFirst().cpus()).isEqualTo(2);
    }

    @Test
    void defaultLineValuesApplyToLaterLinesOnly() throws Exception {
        List<NodeDefinition> nodes = nodes("NodeName=a1\n"
                + "NodeName=DEFAULT RealMemory=2000 State=UNKNOWN\n"
                + "NodeName=b1\nNodeName=c1 RealMemory=500\n");

        assertThat(nodes).extracting(NodeDefinition::realMemory)
                .containsExactly(1L, 2000L, 500L);
    }

    @Test
    void laterDefaultLineKeepsEarlierDefaultsItDoesNotOverride() throws Exception {
        List<NodeDefinition> nodes = nodes("NodeName=DEFAULT RealMemory=2000 TmpDisk=10\n"
                + "NodeName=DEFAULT TmpDisk=20\nNodeName=n1\n");

        assertThat(nodes.getFirst().realMemory()).isEqualTo(2000L);
        assertThat(nodes.getFirst().tmpDisk()).isEqualTo(20L);
    }

    @Test
    void featureOnTheLineWinsOverFeaturesAndTheDefault() throws Exception {
        List<NodeDefinition> nodes = nodes("NodeName=DEFAULT Features=d\n"
                + "NodeName=n1 Feature=a Features=b\nNodeName=n2\n");

        assertThat(nodes).extracting(NodeDefinition::features)
                .containsExactly(java.util.Optional.of("a"), java.util.Optional.of("d"));
    }

    @Test
    void unlimitedWeightIsCappedBelowInfinite() throws Exception {
        assertThat(nodes("NodeName=n1 Weight=UNLIMITED\n").getFirst().weight())
                .isEqualTo(SlurmConfig.INFINITE - 1);
    }
}
