package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** MESSAGE_EPILOG_COMPLETE (6012): u32 job id, u32 rc, str node name, since 20.11. */
public final class EpilogCompleteCodec implements BodyCodec<EpilogComplete> {

    @Override
    public EpilogComplete decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new EpilogComplete(in.u32(), in.u32(), in.str());
    }

    @Override
    public void encode(EpilogComplete body, Packer out, int protocolVersion) {
        out.u32(body.jobId()).u32(body.returnCode()).str(body.nodeName());
    }
}
