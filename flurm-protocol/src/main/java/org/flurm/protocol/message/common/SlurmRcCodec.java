package org.flurm.protocol.message.common;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The layout of RESPONSE_SLURM_RC: u32 return_code, the same in every supported version. */
public final class SlurmRcCodec implements BodyCodec<SlurmRc> {

    @Override
    public SlurmRc decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new SlurmRc(in.u32());
    }

    @Override
    public void encode(SlurmRc body, Packer out, int protocolVersion) {
        out.u32(body.returnCode());
    }
}
