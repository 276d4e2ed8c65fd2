package org.flurm.protocol.pack;

import java.util.BitSet;

/**
 * A SLURM bitstring as it travels: a bit count and the set bits (node and core bitmaps).
 *
 * <p>On the wire it is the count, then the hex text SLURM's {@code bit_fmt_hexmask} writes:
 * {@code "0x"} and {@code ceil(size / 4)} upper-case digits, most significant first, so bit 0 is
 * the lowest bit of the last digit.
 */
public record Bitmap(int size, BitSet bits) {

    public Bitmap {
        if (size < 0) {
            throw new IllegalArgumentException("bitmap size " + size + " is negative");
        }
        bits = (BitSet) bits.clone();
        if (bits.length() > size) {
            throw new IllegalArgumentException(
                    "bit " + (bits.length() - 1) + " set in a bitmap of " + size + " bits");
        }
    }

    /** A bitmap of {@code size} bits with the given bits set. */
    public static Bitmap of(int size, int... setBits) {
        final BitSet bits = new BitSet(size);
        for (int bit : setBits) {
            bits.set(bit);
        }
        return new Bitmap(size, bits);
    }

    @Override
    public BitSet bits() {
        return (BitSet) bits.clone();
    }

    public boolean get(int bit) {
        return bits.get(bit);
    }

    public int cardinality() {
        return bits.cardinality();
    }

    /** The wire text, e.g. {@code "0x3"} for two bits both set. */
    public String toHex() {
        final int digits = (size + 3) / 4;
        final StringBuilder text = new StringBuilder(2 + digits).append("0x");
        for (int digit = digits - 1; digit >= 0; digit--) {
            int nibble = 0;
            for (int bit = 3; bit >= 0; bit--) {
                nibble = (nibble << 1) | (bits.get(digit * 4 + bit) ? 1 : 0);
            }
            text.append(Character.toUpperCase(Character.forDigit(nibble, 16)));
        }
        return text.toString();
    }

    /** Reads the wire text for a bitmap of {@code size} bits; digits beyond the size must be 0. */
    public static Bitmap fromHex(int size, String hex) throws DecodeException {
        if (!hex.startsWith("0x") && !hex.startsWith("0X")) {
            throw new DecodeException(DecodeException.Kind.INVALID, "bitmap text lacks 0x: " + hex);
        }
        // sized by the bits set, not by the claimed size: a peer may claim 2^31 bits
        final BitSet bits = new BitSet();
        final int digits = hex.length() - 2;
        for (int i = 0; i < digits; i++) {
            final int nibble = Character.digit(hex.charAt(hex.length() - 1 - i), 16);
            if (nibble < 0) {
                throw new DecodeException(DecodeException.Kind.INVALID, "bitmap text not hex");
            }
            for (int bit = 0; bit < 4; bit++) {
                if ((nibble & (1 << bit)) == 0) {
                    continue;
                }
                final int index = i * 4 + bit;
                if (index >= size) {
                    throw new DecodeException(DecodeException.Kind.INVALID,
                            "bitmap bit " + index + " set beyond its size " + size);
                }
                bits.set(index);
            }
        }
        return new Bitmap(size, bits);
    }
}
