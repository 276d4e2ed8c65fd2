package org.flurm.security.startup;

/** A start-up check found something unsafe; the message says what and how to fix it. */
public final class UnsafeStartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsafeStartupException(String message) {
        super(message);
    }

    public UnsafeStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
