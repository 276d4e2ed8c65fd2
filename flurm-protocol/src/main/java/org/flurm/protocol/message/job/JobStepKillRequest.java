package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * REQUEST_KILL_JOB (5032, scancel J) and REQUEST_CANCEL_JOB_STEP (5005, scancel J.S): send a
 * signal to a job, some of its array tasks, or one step. SLURM's {@code job_step_kill_msg}.
 *
 * @param stepId  the step for CANCEL_JOB_STEP; for KILL_JOB scancel leaves it all NO_VAL and
 *                names the job in {@code sjobId}
 * @param sjobId  the job as text: "123", "123_7", "123_*", "123_[1-3]"; null for a step
 * @param sibling the federation sibling cluster; null outside a federation
 * @param signal  u16 signal number, 9 (SIGKILL) for a plain scancel
 * @param flags   u16 {@code KILL_*} bits
 */
public record JobStepKillRequest(StepId stepId, String sjobId, String sibling, int signal,
                                 int flags) implements MessageBody {

    /** {@code -b}: signal only the batch shell. */
    public static final int KILL_JOB_BATCH = 0x0001;
    /** Signal every task of a job array. */
    public static final int KILL_JOB_ARRAY = 0x0002;
    /** Signal the steps but not the batch script. */
    public static final int KILL_STEPS_ONLY = 0x0004;
    /** {@code -f}: signal all steps including the batch script. */
    public static final int KILL_FULL_JOB = 0x0008;
    /** Mark the job requeued when it is requeued through a federation. */
    public static final int KILL_FED_REQUEUE = 0x0010;
    /** {@code -H}: skip the burst buffer stage-out. */
    public static final int KILL_HURRY = 0x0020;
    /** The kill is due to running out of memory. */
    public static final int KILL_OOM = 0x0040;
    /** Do not kill the job's siblings on other federated clusters. */
    public static final int KILL_NO_SIBS = 0x0080;
    /** The job may run on nodes of a magnetic reservation. */
    public static final int KILL_JOB_RESV = 0x0100;

    /** SIGKILL, what scancel sends when no {@code --signal} is given. */
    public static final int SIGKILL = 9;

    public JobStepKillRequest {
        if (stepId == null) {
            throw new NullPointerException("stepId; use StepId.NONE");
        }
    }
}
