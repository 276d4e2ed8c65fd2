package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_ALLOCATION_INFO (4014), REQUEST_JOB_END_TIME (4021) and
 * REQUEST_HET_JOB_ALLOC_INFO (4027), {@code job_alloc_info_msg_t}: which job's allocation a
 * client inside it (srun in a batch script or salloc shell) asks about.
 *
 * @param reqCluster the federation cluster to ask, or null for the local one
 */
public record JobAllocInfoRequest(int jobId, String reqCluster) implements MessageBody {
}
