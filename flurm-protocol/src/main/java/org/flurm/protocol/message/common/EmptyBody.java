package org.flurm.protocol.message.common;

import org.flurm.protocol.message.MessageBody;

/**
 * The body of the messages that carry nothing but their type (REQUEST_PING, REQUEST_FED_INFO,
 * REQUEST_RECONFIGURE, ...): zero bytes on the wire. One record serves them all, since the
 * header's message type already says which request it is.
 */
public record EmptyBody() implements MessageBody {

    /** The only value there is. */
    public static final EmptyBody INSTANCE = new EmptyBody();
}
