package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * A body that is only a step id: SRUN_JOB_COMPLETE (7004, slurmctld telling srun its job
 * ended; the step id is NO_VAL), REQUEST_STEP_LAYOUT (5021), REQUEST_JOB_STEP_STAT (5019) and
 * REQUEST_JOB_STEP_PIDS (5027).
 */
public record StepIdMessage(StepId stepId) implements MessageBody {
}
