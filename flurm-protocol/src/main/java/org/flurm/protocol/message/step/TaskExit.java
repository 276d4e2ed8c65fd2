package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * MESSAGE_TASK_EXIT (6003), {@code task_exit_msg_t}: slurmstepd telling srun that some tasks
 * ended, all with the same wait status. The array is neither copied nor compared by value.
 *
 * @param returnCode the tasks' wait status as waitpid gave it (exit code 3 arrives as 0x300)
 * @param taskIds    the global ids of the tasks that ended
 */
public record TaskExit(int returnCode, int[] taskIds, StepId stepId) implements MessageBody {
}
