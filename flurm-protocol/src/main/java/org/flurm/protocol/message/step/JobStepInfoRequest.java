package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * REQUEST_JOB_STEP_INFO (2005), {@code job_step_info_request_msg_t}: the steps squeue -s and
 * scontrol show step list.
 *
 * @param lastUpdate when the client's copy dates from (0 for none); an unchanged controller may
 *                   answer "no change"
 * @param stepId     which steps: NO_VAL parts for all jobs or all steps of a job
 * @param showFlags  SHOW_* flags (SHOW_ALL, SHOW_LOCAL, ...)
 */
public record JobStepInfoRequest(long lastUpdate, StepId stepId, int showFlags)
        implements MessageBody {
}
