package org.flurm.protocol.message.common;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The layout of REQUEST_SHUTDOWN: u16 options (all versions). */
public final class ShutdownCodec implements BodyCodec<Shutdown> {

    @Override
    public Shutdown decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new Shutdown(in.u16());
    }

    @Override
    public void encode(Shutdown body, Packer out, int protocolVersion) {
        out.u16(body.options());
    }
}
