package org.flurm.config.slurm;

import java.util.List;
import java.util.Map;

/**
 * The nodes, node sets and partitions of a configuration with every name expanded: what
 * slurmctld builds its node and partition tables from. {@code partitionNodes} and
 * {@code nodeSetNodes} map each name to its node names in node-table order.
 */
public record ClusterLayout(
        List<Node> nodes,
        Map<String, List<String>> nodeSetNodes,
        Map<String, List<String>> partitionNodes) {
}
