package org.flurm.protocol.message.common;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The layout of RESPONSE_SLURM_RC_MSG: u32 return_code, str err_msg (all versions). */
public final class SlurmRcMsgCodec implements BodyCodec<SlurmRcMsg> {

    @Override
    public SlurmRcMsg decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int returnCode = in.u32();
        final String errMsg = in.str();
        return new SlurmRcMsg(returnCode, errMsg);
    }

    @Override
    public void encode(SlurmRcMsg body, Packer out, int protocolVersion) {
        out.u32(body.returnCode());
        out.str(body.errMsg());
    }
}
