package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_INFO_SINGLE (2021): {@code scontrol show job N}, {@code squeue -j N},
 * {@code sbatch --wait}.
 *
 * @param showFlags {@link ShowFlags} bits
 */
public record JobInfoSingleRequest(int jobId, int showFlags) implements MessageBody {
}
