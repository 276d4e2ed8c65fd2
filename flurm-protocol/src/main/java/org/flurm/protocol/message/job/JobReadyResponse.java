package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_JOB_READY (4020): how far a job's allocation is from running, as {@code READY_*}
 * bits in a return code (the RESPONSE_SLURM_RC layout), or a negative error.
 *
 * @param returnCode {@link #READY_NODE_STATE} | {@link #READY_JOB_STATE} |
 *                   {@link #READY_PROLOG_STATE}, or {@link #READY_JOB_ERROR} /
 *                   {@link #READY_JOB_FATAL}
 */
public record JobReadyResponse(int returnCode) implements MessageBody {

    /** The job's nodes are booted and responding. */
    public static final int READY_NODE_STATE = 0x1;
    /** The job is ready to execute. */
    public static final int READY_JOB_STATE = 0x2;
    /** PrologSlurmctld has finished. */
    public static final int READY_PROLOG_STATE = 0x4;
    /** An ordinary error. */
    public static final int READY_JOB_ERROR = -1;
    /** A fatal error. */
    public static final int READY_JOB_FATAL = -2;
}
