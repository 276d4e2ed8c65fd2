package org.flurm.config.slurm;

import java.util.Optional;

/**
 * A {@code NodeSet=} line: a name partitions can use instead of node names, standing for the
 * nodes listed in {@code Nodes=} plus every node having the {@code Feature=}.
 */
public record NodeSetDefinition(
        String name, Optional<String> nodes, Optional<String> feature, ConfLine source) {
}
