package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * SRUN_NODE_FAIL (7003), {@code srun_node_fail_msg_t}: slurmctld telling srun that nodes of
 * its job or step failed.
 *
 * @param nodelist the failed nodes, as a host list expression
 */
public record SrunNodeFail(StepId stepId, String nodelist) implements MessageBody {
}
