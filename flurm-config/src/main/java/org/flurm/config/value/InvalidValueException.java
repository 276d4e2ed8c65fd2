package org.flurm.config.value;

import java.io.Serial;

/** A time or size value SLURM would refuse; the message quotes it and says what was expected. */
public final class InvalidValueException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a sentence a person can act on. */
    public InvalidValueException(String message) {
        super(message);
    }
}
