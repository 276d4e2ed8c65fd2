package org.flurm.controller.handler;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmRc;

/**
 * The answer to a request: its message type and body, or none for one-way messages.
 *
 * @param msgType  the reply's message type
 * @param body     the reply body
 */
public record Reply(int msgType, MessageBody body) {

    /** No reply: the request was a one-way message (MESSAGE_EPILOG_COMPLETE). */
    public static final Reply NONE = new Reply(0, null);

    /** RESPONSE_SLURM_RC with {@code rc}. */
    public static Reply rc(int rc) {
        return new Reply(MessageType.RESPONSE_SLURM_RC.id(), new SlurmRc(rc));
    }
}
