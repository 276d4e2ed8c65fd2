package org.flurm.protocol.message.common;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The layout of REQUEST_STATS_INFO: u16 command_id (all versions). */
public final class StatsInfoRequestCodec implements BodyCodec<StatsInfoRequest> {

    @Override
    public StatsInfoRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new StatsInfoRequest(in.u16());
    }

    @Override
    public void encode(StatsInfoRequest body, Packer out, int protocolVersion) {
        out.u16(body.commandId());
    }
}
