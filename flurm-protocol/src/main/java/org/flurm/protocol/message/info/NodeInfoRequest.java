package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_NODE_INFO (2007): sinfo's and {@code scontrol show node}'s "send me the nodes".
 *
 * @param lastUpdate the snapshot time the client already has; 0 asks for a full answer
 * @param showFlags {@link ShowFlags} bits
 */
public record NodeInfoRequest(long lastUpdate, int showFlags) implements MessageBody {
}
