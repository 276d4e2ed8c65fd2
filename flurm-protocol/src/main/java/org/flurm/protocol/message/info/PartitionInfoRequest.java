package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_PARTITION_INFO (2009): the partitions, asked by squeue, sinfo and scontrol.
 *
 * @param lastUpdate the snapshot time the client already has; 0 asks for a full answer
 * @param showFlags {@link ShowFlags} bits
 */
public record PartitionInfoRequest(long lastUpdate, int showFlags) implements MessageBody {
}
