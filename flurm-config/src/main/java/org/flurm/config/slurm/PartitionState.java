package org.flurm.config.slurm;

/** A partition's State=: whether it takes jobs and whether it runs them. */
public enum PartitionState {
    /** Takes and runs jobs. */
    UP,
    /** Takes jobs but starts none. */
    DOWN,
    /** Refuses new jobs, runs those queued. */
    DRAIN,
    /** Neither takes nor runs jobs. */
    INACTIVE
}
