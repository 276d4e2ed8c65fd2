package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * REQUEST_SIGNAL_TASKS (6004) and REQUEST_TERMINATE_TASKS (6006), {@code signal_tasks_msg_t}:
 * a signal for the tasks of one step on a slurmd.
 *
 * @param flags  KILL_* flags ({@code KILL_FULL_JOB}, {@code KILL_STEPS_ONLY}, ...)
 * @param signal the signal number
 */
public record SignalTasks(StepId stepId, int flags, int signal) implements MessageBody {
}
