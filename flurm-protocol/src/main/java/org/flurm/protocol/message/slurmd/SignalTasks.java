package org.flurm.protocol.message.slurmd;

import java.util.Objects;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * REQUEST_SIGNAL_TASKS (6004) and REQUEST_TERMINATE_TASKS (6006) ({@code signal_tasks_msg_t}):
 * deliver a signal to the tasks of a step on a node. slurmctld sends 6004 with the batch step
 * ({@link StepId#batchScript}) for {@code scancel --batch}; slurmd answers RESPONSE_SLURM_RC.
 *
 * @param stepId  the step whose tasks get the signal
 * @param flags   KILL_* bits of the request (e.g. {@link #KILL_JOB_BATCH})
 * @param signal  the signal number
 */
public record SignalTasks(StepId stepId, int flags, int signal) implements MessageBody {

    /** KILL_JOB_BATCH: only the batch shell itself, not its children. */
    public static final int KILL_JOB_BATCH = 0x0001;
    /** KILL_STEPS_ONLY: the job's steps but not its batch shell. */
    public static final int KILL_STEPS_ONLY = 0x0004;
    /** KILL_FULL_JOB: every step of the job, the batch shell included. */
    public static final int KILL_FULL_JOB = 0x0008;

    public SignalTasks {
        Objects.requireNonNull(stepId, "stepId");
    }
}
