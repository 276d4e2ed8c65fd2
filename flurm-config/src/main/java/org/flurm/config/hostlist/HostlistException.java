package org.flurm.config.hostlist;

import java.io.Serial;

/** A hostlist expression SLURM would refuse; the message names the part that is wrong. */
public final class HostlistException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a sentence saying what is wrong and where. */
    public HostlistException(String message) {
        super(message);
    }
}
