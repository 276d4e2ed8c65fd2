package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** RESPONSE_PING_SLURMD (1016): u32 cpu_load, u64 free_mem, since 20.11. */
public final class PingSlurmdResponseCodec implements BodyCodec<PingSlurmdResponse> {

    @Override
    public PingSlurmdResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new PingSlurmdResponse(in.u32(), in.u64());
    }

    @Override
    public void encode(PingSlurmdResponse body, Packer out, int protocolVersion) {
        out.u32(body.cpuLoad()).u64(body.freeMem());
    }
}
