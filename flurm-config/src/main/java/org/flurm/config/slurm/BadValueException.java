package org.flurm.config.slurm;

/** A value SLURM would refuse for its key; the message says why, naming key and value. */
public final class BadValueException extends Exception {
    private static final long serialVersionUID = 1L;

    BadValueException(String message) {
        super(message);
    }
}
