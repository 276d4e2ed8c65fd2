package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;

/**
 * SRUN_USER_MSG (7005), {@code srun_user_msg_t}: text slurmctld wants srun or salloc to print
 * to the user of a job.
 */
public record SrunUserMessage(int jobId, String msg) implements MessageBody {
}
