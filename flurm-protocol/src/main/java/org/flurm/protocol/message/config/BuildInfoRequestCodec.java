package org.flurm.protocol.message.config;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** REQUEST_BUILD_INFO (2001): {@code time last_update}, the same in every supported release. */
public final class BuildInfoRequestCodec implements BodyCodec<BuildInfoRequest> {

    @Override
    public BuildInfoRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new BuildInfoRequest(in.time());
    }

    @Override
    public void encode(BuildInfoRequest body, Packer out, int protocolVersion) {
        out.time(body.lastUpdate());
    }
}
