package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.JobAccounting;

/**
 * REQUEST_STEP_COMPLETE (5016), {@code step_complete_msg_t}: slurmstepd reporting that the
 * step ended on a range of the step's nodes (its own node, or the subtree it relayed for).
 *
 * @param rangeFirst first node index of the step the report covers
 * @param rangeLast  last node index, inclusive
 * @param stepRc     the highest exit status of the step's tasks on those nodes
 * @param jobacct    their resource usage, or null when no gather plugin ran
 */
public record StepComplete(StepId stepId, int rangeFirst, int rangeLast, int stepRc,
                           JobAccounting jobacct) implements MessageBody {
}
