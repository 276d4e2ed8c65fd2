package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_NODE_INFO_SINGLE (2040): one node by name ({@code sinfo -n} with a single node).
 *
 * @param showFlags {@link ShowFlags} bits
 */
public record NodeInfoSingleRequest(String nodeName, int showFlags) implements MessageBody {
}
