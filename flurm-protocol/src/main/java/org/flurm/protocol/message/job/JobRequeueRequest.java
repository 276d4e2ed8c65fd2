package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_REQUEUE (5023, {@code scontrol requeue[hold]}): put a job back in the queue.
 * SLURM's {@code requeue_msg}.
 *
 * @param jobId    the job, or NO_VAL when {@code jobIdStr} names it (what scontrol sends)
 * @param jobIdStr the job as text, array expressions allowed
 * @param flags    job state bits saying how: {@link #REQUEUE_HOLD}, {@link #SPECIAL_EXIT},
 *                 {@link #RECONFIG_FAIL}, or {@link #ONLY_IF_RUNNING} in the base state
 */
public record JobRequeueRequest(int jobId, String jobIdStr, int flags) implements MessageBody {

    /** JOB_RUNNING as the base state: requeue only a running or suspended job (incomplete). */
    public static final int ONLY_IF_RUNNING = 0x00001;
    /** JOB_REQUEUE_HOLD: hold the job once it is back in the queue ({@code requeuehold}). */
    public static final int REQUEUE_HOLD = 0x00800;
    /** JOB_SPECIAL_EXIT: hold it in the special-exit state ({@code state=specialexit}). */
    public static final int SPECIAL_EXIT = 0x01000;
    /** JOB_RECONFIG_FAIL: node reconfiguration for the job failed. */
    public static final int RECONFIG_FAIL = 0x20000;
}
