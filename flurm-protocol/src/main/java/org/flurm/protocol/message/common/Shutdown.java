package org.flurm.protocol.message.common;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_SHUTDOWN (1005), sent by {@code scontrol shutdown} to slurmctld and by slurmctld to
 * slurmd.
 *
 * @param options  which daemons stop: {@link #ALL_DAEMONS}, {@link #CONTROLLER_AND_CORE} or
 *                 {@link #CONTROLLER_ONLY} (u16, {@code slurmctld_shutdown_type_t})
 */
public record Shutdown(int options) implements MessageBody {

    /** slurmctld and every slurmd stop. */
    public static final int ALL_DAEMONS = 0;
    /** slurmctld stops and writes a core file. */
    public static final int CONTROLLER_AND_CORE = 1;
    /** Only slurmctld stops. */
    public static final int CONTROLLER_ONLY = 2;

    public Shutdown {
        if (options < 0 || options > 0xFFFF) {
            throw new IllegalArgumentException("shutdown options " + options + " is not a u16");
        }
    }
}
