package org.flurm.metrics;

/** The metrics endpoint cannot start safely; the message says why and what to change. */
public final class MetricsStartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public MetricsStartupException(String message) {
        super(message);
    }

    public MetricsStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
