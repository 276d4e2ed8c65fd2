package org.flurm.protocol.message.step;

import java.util.Objects;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.slurmd.JobCredential;

/**
 * RESPONSE_JOB_STEP_CREATE (5002), {@code job_step_create_response_msg_t}: the step slurmctld
 * created for srun, with the signed credential srun hands on to every slurmd of the step.
 *
 * @param defCpuBindType the partition's or cluster's default CPU binding, 0 for none
 * @param resvPorts      ports reserved for the step (MPI), or null
 * @param jobStepId      the new step's id
 * @param stepLayout     where its tasks run
 * @param cred           the step credential; its signature also keys the task I/O streams
 * @param useProtocolVer the protocol version srun must speak to the step's slurmds
 */
public record JobStepCreateResponse(int defCpuBindType, String resvPorts, int jobStepId,
                                    StepLayout stepLayout, JobCredential cred,
                                    SelectJobInfo selectJobinfo, SwitchJobInfo switchJob,
                                    int useProtocolVer) implements MessageBody {

    public JobStepCreateResponse {
        Objects.requireNonNull(cred, "cred");
        Objects.requireNonNull(selectJobinfo, "selectJobinfo");
        Objects.requireNonNull(switchJob, "switchJob");
    }
}
