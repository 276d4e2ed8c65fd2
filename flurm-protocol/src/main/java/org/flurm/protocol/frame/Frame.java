package org.flurm.protocol.frame;

import java.util.Arrays;
import java.util.Objects;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;

/**
 * One SLURM message as it travels: header, auth section and the still-packed body.
 *
 * <p>The body stays bytes because the MUNGE credential signs exactly those bytes, and because
 * authentication must succeed before a body is worth decoding ({@link #decodeBody()}). The
 * array is owned by the frame and is not copied; callers must not change it.
 *
 * @param header  the header; its body length equals {@code body.length}
 * @param auth    the auth section
 * @param body    the packed body
 */
public record Frame(Header header, AuthSection auth, byte[] body) {

    public Frame {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(body, "body");
        if (header.bodyLength() != body.length) {
            throw new IllegalArgumentException("header says " + header.bodyLength()
                    + " body bytes, the body has " + body.length);
        }
    }

    /**
     * The reply to a request, set up as SLURM's own replies are: the request's version and
     * flags, nothing forwarded, no gathered replies, no sender address.
     *
     * @param request     the header of the request being answered
     * @param msgType     the reply's message type
     * @param body        the packed reply body, in the layout of the request's version
     * @param credential  a MUNGE credential made for exactly this body and type
     */
    public static Frame reply(Header request, int msgType, byte[] body, String credential) {
        final Header header = Header.of(request.version(), request.flags(), msgType, body.length);
        return new Frame(header, AuthSection.munge(credential), body);
    }

    /** Decodes the body with the layout registered for the header's message type. */
    public MessageBody decodeBody() throws DecodeException {
        return MessageCodecs.decode(header.msgType(), body, header.version());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame that
                && header.equals(that.header)
                && auth.equals(that.auth)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, auth, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "Frame[header=" + header + ", auth plugin " + auth.pluginId()
                + ", body " + body.length + " bytes]";
    }
}
