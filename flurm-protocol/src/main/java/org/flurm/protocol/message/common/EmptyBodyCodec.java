package org.flurm.protocol.message.common;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The layout of the body-less messages: nothing to read or write. In 22.05 these are the types
 * {@code pack_msg} packs nothing for (see {@code MessageCodecs} for the list).
 */
public final class EmptyBodyCodec implements BodyCodec<EmptyBody> {

    /** Stateless, so one instance serves every type. */
    public static final EmptyBodyCodec INSTANCE = new EmptyBodyCodec();

    @Override
    public EmptyBody decode(Unpacker in, int protocolVersion) {
        return EmptyBody.INSTANCE;
    }

    @Override
    public void encode(EmptyBody body, Packer out, int protocolVersion) {
        // nothing: the message type in the header is the whole request
    }
}
