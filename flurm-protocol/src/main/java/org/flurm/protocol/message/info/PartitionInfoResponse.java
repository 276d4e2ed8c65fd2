package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_PARTITION_INFO (2010): every partition the caller may see.
 *
 * @param lastUpdate the time of the last partition change the answer reflects
 */
public record PartitionInfoResponse(long lastUpdate, List<PartitionInfo> partitions)
        implements MessageBody {

    public PartitionInfoResponse {
        partitions = List.copyOf(partitions);
    }
}
