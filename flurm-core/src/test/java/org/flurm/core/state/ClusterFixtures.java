package org.flurm.core.state;

import java.util.List;

import org.flurm.protocol.message.info.NodeState;

/** A small configured cluster: nodes n1 and n2, partition debug (default) and short. */
public final class ClusterFixtures {

    private ClusterFixtures() {
    }

    public static ClusterSnapshot twoNodes() {
        final List<Node> nodes = List.of(node("n1"), node("n2"));
        final List<Partition> partitions = List.of(
                partition("debug", true, -1), partition("short", false, 30));
        return new ClusterSnapshot(0, 100, 0x03FFFFFF, 100, JobTable.empty(100), nodes,
                partitions, 0, 0, 0);
    }

    private static Node node(String name) {
        return new Node(name, name, name, 6818, 2, 1, 2, 1, 1, 1000, 0, 1, null, null,
                NodeState.IDLE, false, null, -2, 0);
    }

    private static Partition partition(String name, boolean isDefault, int maxTime) {
        return new Partition(name, "n[1-2]", List.of(0, 1), isDefault, Partition.STATE_UP,
                maxTime, -2, -1, 0, -1, isDefault ? Partition.FLAG_DEFAULT : 0, 1, 1, 1, 0,
                null, null, null, null, null, null, null, null, 0, 0);
    }
}
