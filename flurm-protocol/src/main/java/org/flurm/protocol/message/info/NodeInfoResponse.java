package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_NODE_INFO (2008): one record per slot of the node table, placeholders included, so
 * that a record's position is the index node bitmaps use.
 *
 * @param lastUpdate the time of the last node change the answer reflects
 */
public record NodeInfoResponse(long lastUpdate, List<NodeInfo> nodes) implements MessageBody {

    public NodeInfoResponse {
        nodes = List.copyOf(nodes);
    }
}
