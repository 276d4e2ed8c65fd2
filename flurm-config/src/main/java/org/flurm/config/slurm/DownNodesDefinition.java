package org.flurm.config.slurm;

import java.util.Optional;

/** A {@code DownNodes=} line: nodes to start in a down state, with the reason shown. */
public record DownNodesDefinition(
        String nodeNames, String reason, Optional<String> state, ConfLine source) {
}
