package org.flurm.security.secrets;

/**
 * A job's sealed secrets cannot be opened: its key was destroyed when the job ended, or a
 * token does not belong to this job and variable.
 */
public final class SecretUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message) {
        super(message);
    }

    public SecretUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
