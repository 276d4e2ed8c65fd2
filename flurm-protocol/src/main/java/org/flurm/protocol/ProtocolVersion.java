package org.flurm.protocol;

import org.flurm.protocol.pack.DecodeException;

/**
 * The SLURM protocol versions FLURM speaks, as {@code (major << 8) | minor} of the release that
 * introduced them, and the refusals for a layout not written down for a version.
 *
 * <p>A 22.05 peer accepts its own version and the two before it; FLURM reads and writes the
 * frame headers of all three, while body layouts other than 22.05's are each codec's business.
 * Codecs compare a message's version against these constants to choose a layout.
 */
public final class ProtocolVersion {

    /** SLURM 22.05, what every stock 22.05 client sends. */
    public static final int SLURM_22_05 = 0x2600;
    /** SLURM 21.08, one release back. */
    public static final int SLURM_21_08 = 0x2500;
    /** SLURM 20.11, the oldest release a 22.05 peer talks to. */
    public static final int SLURM_20_11 = 0x2400;

    private ProtocolVersion() {
    }

    /** Whether a header with this version can be read. */
    public static boolean isSupported(int version) {
        return version == SLURM_22_05 || version == SLURM_21_08 || version == SLURM_20_11;
    }

    /** The version in SLURM's dotted form with its hex value, for messages and logs. */
    public static String describe(int version) {
        return (version >>> 8) + "." + (version & 0xFF) + " (0x"
                + Integer.toHexString(version) + ")";
    }

    /** A decoder's answer to a version whose layout FLURM has not written down. */
    public static DecodeException unreadable(String layout, int version) {
        return new DecodeException(DecodeException.Kind.UNSUPPORTED, notWritten(layout, version));
    }

    /** The encoder's counterpart of {@link #unreadable}: a caller bug, not bad input. */
    public static IllegalArgumentException unwritable(String layout, int version) {
        return new IllegalArgumentException(notWritten(layout, version));
    }

    private static String notWritten(String layout, int version) {
        return layout + " layout for protocol version 0x" + Integer.toHexString(version)
                + " is not implemented";
    }
}
