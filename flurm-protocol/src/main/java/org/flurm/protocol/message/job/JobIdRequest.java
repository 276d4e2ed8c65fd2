package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;

/**
 * A request about one job by its id: REQUEST_JOB_READY (4019, srun and salloc polling until
 * the allocation can run) and REQUEST_BATCH_SCRIPT (2051, {@code scontrol write batch_script}).
 * SLURM's {@code job_id_msg}.
 *
 * @param jobId     the job
 * @param showFlags u16 SHOW_* bits
 */
public record JobIdRequest(int jobId, int showFlags) implements MessageBody {
}
