package org.flurm.core.scheduler;

/** A partition's OverSubscribe setting. */
public enum OverSubscribe {
    /** Jobs share nodes but never CPUs (the default). */
    NO,
    /** Every job gets whole nodes. */
    EXCLUSIVE,
    // LIMIT: YES and FORCE are scheduled like NO: CPUs are never oversubscribed.
    YES,
    FORCE
}
