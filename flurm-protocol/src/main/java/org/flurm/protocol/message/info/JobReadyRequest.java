package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_READY (4019): srun and salloc polling until the allocated nodes can run tasks.
 *
 * @param showFlags {@link ShowFlags} bits
 */
public record JobReadyRequest(int jobId, int showFlags) implements MessageBody {
}
