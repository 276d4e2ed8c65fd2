package org.flurm.protocol.message.config;

import org.flurm.protocol.pack.DecodeException;

/** The protocol versions the layouts of this package are written for. */
final class Versions {

    /** SLURM_22_05_PROTOCOL_VERSION. */
    static final int SLURM_22_05 = 0x2600;

    private Versions() {
    }

    /** A decoder's answer to a version whose layout FLURM has not written down. */
    static DecodeException unsupported(String layout, int protocolVersion) {
        return new DecodeException(DecodeException.Kind.UNSUPPORTED,
                layout + " layout for protocol version 0x"
                        + Integer.toHexString(protocolVersion) + " is not implemented");
    }

    /** An encoder's answer to a version whose layout FLURM has not written down. */
    static IllegalArgumentException unsupportedEncoding(String layout, int protocolVersion) {
        return new IllegalArgumentException(layout + " layout for protocol version 0x"
                + Integer.toHexString(protocolVersion) + " is not implemented");
    }
}
