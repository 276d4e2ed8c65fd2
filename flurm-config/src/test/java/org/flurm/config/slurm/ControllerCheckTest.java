package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What slurmctld refuses beyond the client parser, and the expanded layout it builds. */
class ControllerCheckTest {

    @TempDir
    Path dir;

    private SlurmConfig parse(String lines) throws IOException, ConfigException {
        Path file = dir.resolve("slurm.conf");
        Files.writeString(file, "ClusterName=c\nSlurmctldHost=h\n" + lines);
        return SlurmConfParser.parse(file);
    }

    private List<String> refusals(String lines) throws IOException, ConfigException {
        SlurmConfig config = parse(lines);
        ConfigException e =
                catchThrowableOfType(ConfigException.class, config::validateForController);
        return e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
    }

    @Test
    void nodeRangesExpandWithAddressesAndPortsInStep() throws Exception {
        ClusterLayout layout = parse("NodeName=n[1-3] NodeAddr=10.0.0.[1-3] Port=7001-7003\n"
                + "PartitionName=p Nodes=ALL\n").validateForController();

        assertThat(layout.nodes()).extracting(Node::name, Node::address, Node::port)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n1", "10.0.0.1", 7001),
                        org.assertj.core.groups.Tuple.tuple("n2", "10.0.0.2", 7002),
                        org.assertj.core.groups.Tuple.tuple("n3", "10.0.0.3", 7003));
        assertThat(layout.partitionNodes().get("p")).containsExactly("n1", "n2", "n3");
    }

    @Test
    void nodesWithoutPortUseSlurmdPort() throws Exception {
        ClusterLayout layout = parse("SlurmdPort=7100\nNodeName=n1\nPartitionName=p Nodes=n1\n")
                .validateForController();

        assertThat(layout.nodes().getFirst().port()).isEqualTo(7100);
    }

    @Test
    void portRangeOfTheWrongLengthIsRefused() throws Exception {
        assertThat(refusals("NodeName=n[1-3] Port=7001-7002\nPartitionName=p Nodes=ALL\n"))
                .containsExactly("3 Port lists 2 ports for 3 nodes; give one port or one per node");
    }

    @Test
    void nodeAddrShorterThanTheNodeRangeIsRefused() throws Exception {
        assertThat(refusals("NodeName=n[1-4] NodeAddr=a[1-2]\nPartitionName=p Nodes=ALL\n"))
                .containsExactly("3 NodeAddr lists 2 addresses for 4 nodes;"
                        + " at least as many are required");
    }

    @Test
    void partitionNamingUnknownNodesIsRefused() throws Exception {
        assertThat(refusals("NodeName=n[1-2]\nPartitionName=p Nodes=n[1-3],Compute\n"))
                .containsExactly("4 partition p names nodes that are neither nodes nor"
                        + " NodeSets: n3,Compute");
    }

    @Test
    void nodeSetsStandForTheirNodesAndFeatures() throws Exception {
        ClusterLayout layout = parse("NodeName=a[1-2] Feature=gpu\nNodeName=b[1-2]\n"
                + "NodeSet=gpus Feature=gpu\nNodeSet=bs Nodes=b1\n"
                + "PartitionName=p Nodes=gpus,bs\n").validateForController();

        assertThat(layout.nodeSetNodes().get("gpus")).containsExactly("a1", "a2");
        assertThat(layout.partitionNodes().get("p")).containsExactly("a1", "a2", "b1");
    }

    @Test
    void unknownNodeStateIsRefused() throws Exception {
        assertThat(refusals("NodeName=n1 State=WEIRD\nPartitionName=p Nodes=n1\n"))
                .containsExactly("3 invalid State WEIRD for nodes n1");
    }

    @Test
    void cloudAndDrainStatesAreAccepted() throws Exception {
        ClusterLayout layout = parse("NodeName=n1 State=CLOUD\nNodeName=n2 State=drain\n"
                + "PartitionName=p Nodes=ALL\n").validateForController();

        assertThat(layout.nodes()).extracting(Node::state).containsExactly("CLOUD", "DRAIN");
    }

    @Test
    void fastScheduleOtherThanOneIsRefusedByTheController() throws Exception {
        assertThat(refusals("FastSchedule=2\nNodeName=n1\nPartitionName=p Nodes=n1\n"))
                .containsExactly("3 The FastSchedule option was removed; FastSchedule=2"
                        + " behaviour is SlurmdParameters=config_overrides");
    }

    @Test
    void fastScheduleOneIsAWarningOnly() throws Exception {
        SlurmConfig config = parse("FastSchedule=1\nNodeName=n1\nPartitionName=p Nodes=n1\n");

        assertThat(config.validateForController().nodes()).hasSize(1);
        assertThat(config.warnings()).extracting(ConfigProblem::line).containsExactly(3);
    }

    @Test
    void nodeDefinedTwiceIsRefused() throws Exception {
        assertThat(refusals("NodeName=n[1-2]\nNodeName=n2\nPartitionName=p Nodes=ALL\n"))
                .containsExactly("4 node n2 is defined twice");
    }

    @Test
    void partitionDefinedTwiceIsRefused() throws Exception {
        assertThat(refusals("NodeName=n1\nPartitionName=p Nodes=n1\nPartitionName=p\n"))
                .containsExactly("5 partition p is defined twice");
    }
}
