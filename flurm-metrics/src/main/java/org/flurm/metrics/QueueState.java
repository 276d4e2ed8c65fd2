package org.flurm.metrics;

import java.util.Locale;

/**
 * The job states the queue figures are broken down by, as squeue names them. Each also has
 * prometheus-slurm-exporter's {@code slurm_queue_<state>} figure.
 */
public enum QueueState {
    PENDING,
    RUNNING,
    SUSPENDED,
    CANCELLED,
    COMPLETING,
    COMPLETED,
    CONFIGURING,
    FAILED,
    TIMEOUT,
    PREEMPTED,
    NODE_FAIL;

    /** The state as a label value and metric name part, e.g. {@code node_fail}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
