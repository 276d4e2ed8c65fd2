package org.flurm.metrics;

import java.util.Locale;

/**
 * The node states the node figures are broken down by: sinfo's short state names, which
 * prometheus-slurm-exporter turns into {@code slurm_nodes_<state>}. A node counts in one
 * group; a draining node (sinfo's {@code drng}) counts as {@link #DRAIN}.
 */
public enum NodeStateGroup {
    ALLOC,
    COMP,
    DOWN,
    DRAIN,
    ERR,
    FAIL,
    IDLE,
    MAINT,
    MIX,
    RESV;

    /** The group as a label value and metric name part, e.g. {@code alloc}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
