package org.flurm.protocol.message.info;

import org.flurm.protocol.pack.DecodeException;

/**
 * The protocol versions these layouts distinguish, and the refusal of the ones not written yet.
 */
final class Versions {

    static final int SLURM_22_05 = 0x2600;
    static final int SLURM_21_08 = 0x2500;
    static final int SLURM_20_11 = 0x2400;

    private Versions() {
    }

    /** A decoder's refusal of a layout FLURM has only in its 22.05 form. */
    static DecodeException unsupported(String layout, int protocolVersion) {
        return new DecodeException(DecodeException.Kind.UNSUPPORTED,
                layout + " is known only in its 22.05 layout, not for protocol version 0x"
                        + Integer.toHexString(protocolVersion));
    }

    /** The encoder's counterpart of {@link #unsupported}: a caller bug, not bad input. */
    static IllegalArgumentException unwritable(String layout, int protocolVersion) {
        return new IllegalArgumentException(layout
                + " can be written only in its 22.05 layout, not for protocol version 0x"
                + Integer.toHexString(protocolVersion));
    }
}
