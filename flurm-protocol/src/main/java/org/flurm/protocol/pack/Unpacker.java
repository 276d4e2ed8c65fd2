package org.flurm.protocol.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flurm.protocol.pack.DecodeException.Kind;

/**
 * Reads SLURM's packed encoding (big-endian, {@code src/common/pack.c}) from a byte range.
 *
 * <p>Every length and count is checked against the bytes that remain before anything is
 * allocated, so a hostile length costs nothing. Unsigned fields come back as follows: u8 and u16
 * as non-negative {@code int}; u32 as the raw {@code int} (compare with {@link Sentinels}, or
 * widen with {@link Integer#toUnsignedLong}); u64 as the raw {@code long}.
 *
 * <p>Not thread-safe; one instance reads one body.
 */
public final class Unpacker {

    private final byte[] data;
    private final int end;
    private int position;

    public Unpacker(byte[] data) {
        this(data, 0, data.length);
    }

    public Unpacker(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException("range outside the array");
        }
        this.data = data;
        this.position = offset;
        this.end = offset + length;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    /**
     * Fails unless every byte was read: SLURM 22.05 (as Debian patches it) requires exact
     * bodies.
     */
    public void expectEnd(String what) throws DecodeException {
        if (position != end) {
            throw new DecodeException(Kind.TRAILING,
                    what + ": " + (end - position) + " bytes left after the last field");
        }
    }

    private void need(int count, String what) throws DecodeException {
        if (count > end - position) {
            throw new DecodeException(Kind.TRUNCATED,
                    what + " needs " + count + " bytes, " + (end - position) + " left");
        }
    }

    public int u8() throws DecodeException {
        need(1, "u8");
        return data[position++] & 0xFF;
    }

    /** packbool: one byte, any non-zero value is true. */
    public boolean bool() throws DecodeException {
        return u8() != 0;
    }

    public int u16() throws DecodeException {
        need(2, "u16");
        final int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    public int u32() throws DecodeException {
        need(4, "u32");
        final int value = ((data[position] & 0xFF) << 24)
                | ((data[position + 1] & 0xFF) << 16)
                | ((data[position + 2] & 0xFF) << 8)
                | (data[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    public long u64() throws DecodeException {
        final long high = u32() & 0xFFFFFFFFL;
        final long low = u32() & 0xFFFFFFFFL;
        return (high << 32) | low;
    }

    /** pack_time: seconds since the epoch as a signed 64-bit value. */
    public long time() throws DecodeException {
        return u64();
    }

    /**
     * packdouble: the IEEE bits of the value times one million.
     *
     * <p>LIMIT: the division by 10^6 can round, so a decoded double may re-encode one unit of
     * the last place away from what was received; integral values and plain decimals are exact.
     */
    public double dbl() throws DecodeException {
        return Double.longBitsToDouble(u64()) / 1_000_000.0;
    }

    /** packfloat: the IEEE single bits of the value times one million. */
    public float flt() throws DecodeException {
        return (float) (Float.intBitsToFloat(u32()) / 1_000_000.0);
    }

    /** packlongdouble: a string holding the value in printf("%Lf") form. */
    public double longDouble() throws DecodeException {
        final String text = str();
        if (text == null) {
            return 0.0;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new DecodeException(Kind.INVALID, "long double text is not a number");
        }
    }

    /** A count or length checked against what remains, given the least bytes each item takes. */
    private int count(String what, int minBytesEach) throws DecodeException {
        final int count = u32();
        if (count < 0 || (long) count * minBytesEach > end - position) {
            throw new DecodeException(Kind.OVERSIZE,
                    what + " count " + Integer.toUnsignedString(count) + " exceeds the "
                            + (end - position) + " bytes left");
        }
        return count;
    }

    /** packmem: u32 length then the bytes; length 0 reads as null. */
    public byte[] mem() throws DecodeException {
        final int length = count("mem", 1);
        if (length == 0) {
            return null;
        }
        final byte[] bytes = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return bytes;
    }

    /**
     * packstr: u32 length including the terminating NUL, then the bytes; length 0 is NULL.
     * A string whose last byte is not NUL is refused, since C receivers rely on it.
     */
    public String str() throws DecodeException {
        final int length = count("str", 1);
        if (length == 0) {
            return null;
        }
        if (data[position + length - 1] != 0) {
            throw new DecodeException(Kind.INVALID, "string of " + length + " bytes lacks its NUL");
        }
        final String text = new String(data, position, length - 1, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    /** packstr_array: u32 count then that many strings; count 0 reads as null. */
    public List<String> strArray() throws DecodeException {
        final int count = count("string array", 4);
        if (count == 0) {
            return null;
        }
        final List<String> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(str());
        }
        return items;
    }

    /** pack16_array: u32 count then u16 items; count 0 reads as null. */
    public int[] u16Array() throws DecodeException {
        final int count = count("u16 array", 2);
        if (count == 0) {
            return null;
        }
        final int[] items = new int[count];
        for (int i = 0; i < count; i++) {
            items[i] = u16();
        }
        return items;
    }

    /** pack32_array: u32 count then u32 items; count 0 reads as null. */
    public int[] u32Array() throws DecodeException {
        final int count = count("u32 array", 4);
        if (count == 0) {
            return null;
        }
        final int[] items = new int[count];
        for (int i = 0; i < count; i++) {
            items[i] = u32();
        }
        return items;
    }

    /** pack64_array: u32 count then u64 items; count 0 reads as null. */
    public long[] u64Array() throws DecodeException {
        final int count = count("u64 array", 8);
        if (count == 0) {
            return null;
        }
        final long[] items = new long[count];
        for (int i = 0; i < count; i++) {
            items[i] = u64();
        }
        return items;
    }

    /** packdouble_array: u32 count then doubles; count 0 reads as null. */
    public double[] dblArray() throws DecodeException {
        final int count = count("double array", 8);
        if (count == 0) {
            return null;
        }
        final double[] items = new double[count];
        for (int i = 0; i < count; i++) {
            items[i] = dbl();
        }
        return items;
    }

    /** pack_bit_str_hex: u32 NO_VAL for a NULL bitmap, else the bit count and the hex text. */
    public Bitmap bits() throws DecodeException {
        final int size = u32();
        if (size == Sentinels.NO_VAL) {
            return null;
        }
        if (size < 0) {
            throw new DecodeException(Kind.OVERSIZE, "bitmap of " + Integer.toUnsignedString(size));
        }
        final String hex = str();
        if (hex == null) {
            throw new DecodeException(Kind.INVALID, "bitmap of " + size + " bits without text");
        }
        if ((long) hex.length() - 2 > (size + 3L) / 4) {
            throw new DecodeException(Kind.INVALID,
                    "bitmap text longer than its " + size + " bits");
        }
        return Bitmap.fromHex(size, hex);
    }

    /**
     * The count that starts a slurm_pack_list or key-pair list: NO_VAL means a NULL list, which
     * this returns as -1. Each element must take at least {@code minBytesEach} bytes.
     */
    public int listCount(String what, int minBytesEach) throws DecodeException {
        final int count = u32();
        if (count == Sentinels.NO_VAL) {
            return -1;
        }
        if (count < 0 || (long) count * Math.max(1, minBytesEach) > end - position) {
            throw new DecodeException(Kind.OVERSIZE,
                    what + " count " + Integer.toUnsignedString(count) + " exceeds the "
                            + (end - position) + " bytes left");
        }
        return count;
    }

    /** How one element of a list is read. */
    @FunctionalInterface
    public interface ElementReader<T> {
        T read(Unpacker in) throws DecodeException;
    }

    /**
     * A slurm_pack_list or key-pair list: the {@link #listCount} and then that many elements.
     * A NULL list comes back as null, distinct from an empty one.
     */
    public <T> List<T> list(String what, int minBytesEach, ElementReader<T> element)
            throws DecodeException {
        final int count = listCount(what, minBytesEach);
        return count < 0 ? null : elements(count, element);
    }

    /** Reads {@code count} elements one after the other; the caller has bounded the count. */
    public <T> List<T> elements(int count, ElementReader<T> element) throws DecodeException {
        final List<T> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(element.read(this));
        }
        return items;
    }

    /** A bounded count for arrays the caller reads itself (each item at least that many bytes). */
    public int arrayCount(String what, int minBytesEach) throws DecodeException {
        return count(what, Math.max(1, minBytesEach));
    }

    /** Takes {@code length} raw bytes (for pre-packed sub-buffers the layout sizes itself). */
    public byte[] raw(int length) throws DecodeException {
        if (length < 0) {
            throw new DecodeException(Kind.OVERSIZE, "negative raw length");
        }
        need(length, "raw bytes");
        final byte[] bytes = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return bytes;
    }

    /** Skips {@code length} bytes. */
    public void skip(int length) throws DecodeException {
        need(length, "skip");
        position += length;
    }
}
