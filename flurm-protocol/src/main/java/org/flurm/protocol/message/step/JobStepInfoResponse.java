package org.flurm.protocol.message.step;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_JOB_STEP_INFO (2006), {@code job_step_info_response_msg_t}: the steps a
 * {@link JobStepInfoRequest} asked for.
 *
 * @param lastUpdate when the controller's step data last changed, seconds since the epoch
 */
public record JobStepInfoResponse(long lastUpdate, List<JobStepInfo> steps)
        implements MessageBody {

    public JobStepInfoResponse {
        steps = List.copyOf(steps);
    }
}
