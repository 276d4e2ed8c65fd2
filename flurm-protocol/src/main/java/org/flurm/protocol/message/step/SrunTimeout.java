package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * SRUN_TIMEOUT (7002), {@code srun_timeout_msg_t}: slurmctld warning srun that its job or
 * step reaches its time limit.
 *
 * @param timeout when the limit is reached, seconds since the epoch
 */
public record SrunTimeout(StepId stepId, long timeout) implements MessageBody {
}
