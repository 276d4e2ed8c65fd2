package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_COMPLETE_JOB_ALLOCATION (5017): srun or salloc, having owned the allocation, says
 * it is done with it. SLURM's {@code complete_job_allocation_msg}.
 *
 * @param jobId the job
 * @param jobRc the job's exit status (wait status, signed int sent as u32)
 */
public record CompleteJobAllocationRequest(int jobId, int jobRc) implements MessageBody {
}
