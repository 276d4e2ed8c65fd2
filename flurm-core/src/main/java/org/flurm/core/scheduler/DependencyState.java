package org.flurm.core.scheduler;

/** The state of a job's {@code --dependency}, as the controller evaluated it. */
public enum DependencyState {
    /** No dependency. */
    NONE,
    /** All conditions met. */
    SATISFIED,
    /** Some condition may still be met. */
    WAITING,
    /** Some condition can never be met (e.g. afterok on a job that failed). */
    NEVER_SATISFIED
}
