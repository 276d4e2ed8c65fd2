package org.flurm.protocol.frame;

import java.util.Objects;

import org.flurm.protocol.message.MessageBody;

/**
 * One reply a relaying slurmd gathered from a node it forwarded to, carried in the header of
 * its own reply ({@code ret_list}).
 *
 * @param err       the relay's error for that node (0 when the node answered)
 * @param msgType   the type of the node's reply, which selects the body layout
 * @param nodeName  the node that answered (may be null on the wire)
 * @param body      the node's reply body, decoded
 */
public record ReturnEntry(int err, int msgType, String nodeName, MessageBody body) {

    public ReturnEntry {
        if (msgType < 0 || msgType > 0xFFFF) {
            throw new IllegalArgumentException("message type " + msgType + " is not a u16");
        }
        Objects.requireNonNull(body, "body");
    }
}
