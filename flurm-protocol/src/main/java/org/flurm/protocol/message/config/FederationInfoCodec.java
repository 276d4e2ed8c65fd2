package org.flurm.protocol.message.config;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_FED_INFO (2050), {@code slurmdb_pack_federation_rec}: u8 0 for "no federation", or
 * u8 1, str name, u32 flags, then the list of member cluster records. Unchanged since 20.11.
 */
public final class FederationInfoCodec implements BodyCodec<FederationInfo> {

    @Override
    public FederationInfo decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int present = in.u8();
        if (present == 0) {
            return FederationInfo.none();
        }
        if (present != 1) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "federation presence byte " + present);
        }
        final String name = in.str();
        final int flags = in.u32();
        final int clusters = in.u32();
        if (clusters != 0 && clusters != Sentinels.NO_VAL) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "federation with " + Integer.toUnsignedString(clusters) + " cluster records");
        }
        return new FederationInfo(
                new FederationInfo.Federation(name, flags, clusters == Sentinels.NO_VAL));
    }

    @Override
    public void encode(FederationInfo body, Packer out, int protocolVersion) {
        final FederationInfo.Federation federation = body.federation();
        if (federation == null) {
            out.u8(0);
            return;
        }
        out.u8(1).str(federation.name()).u32(federation.flags());
        out.u32(federation.nullClusterList() ? Sentinels.NO_VAL : 0);
    }
}
