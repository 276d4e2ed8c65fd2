package org.flurm.protocol.pack;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes SLURM's packed encoding (big-endian, {@code src/common/pack.c}) into a growing buffer.
 *
 * <p>The mirror of {@link Unpacker}: each method writes what the reader of the same name reads,
 * with the same conventions for unsigned values and for null (NULL string, empty array).
 *
 * <p>Not thread-safe; one instance writes one message.
 */
public final class Packer {

    private byte[] buffer;
    private int size;

    public Packer() {
        this(256);
    }

    public Packer(int initialCapacity) {
        this.buffer = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    /** A copy of what was written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (more > buffer.length - size) {
            final long wanted = Math.max((long) buffer.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("message larger than 2 GiB");
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    public Packer u8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public Packer bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    public Packer u16(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    public Packer u32(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    /** Overwrites four bytes already written at {@code offset} (lengths known only afterwards). */
    public Packer u32At(int offset, int value) {
        if (offset < 0 || offset > size - 4) {
            throw new IndexOutOfBoundsException("u32 at " + offset + " of " + size);
        }
        buffer[offset] = (byte) (value >>> 24);
        buffer[offset + 1] = (byte) (value >>> 16);
        buffer[offset + 2] = (byte) (value >>> 8);
        buffer[offset + 3] = (byte) value;
        return this;
    }

    public Packer u64(long value) {
        u32((int) (value >>> 32));
        return u32((int) value);
    }

    public Packer time(long epochSeconds) {
        return u64(epochSeconds);
    }

    public Packer dbl(double value) {
        return u64(Double.doubleToRawLongBits(value * 1_000_000.0));
    }

    public Packer flt(float value) {
        return u32(Float.floatToRawIntBits((float) (value * 1_000_000.0)));
    }

    public Packer longDouble(double value) {
        return str(String.format(java.util.Locale.ROOT, "%f", value));
    }

    /** packmem: u32 length then the bytes; null or empty writes length 0. */
    public Packer mem(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return u32(0);
        }
        u32(bytes.length);
        return raw(bytes);
    }

    /** packstr: u32 length including the NUL, the bytes, the NUL; null writes length 0. */
    public Packer str(String text) {
        if (text == null) {
            return u32(0);
        }
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        u32(bytes.length + 1);
        raw(bytes);
        return u8(0);
    }

    /** packstr_array: u32 count then the strings; null writes count 0. */
    public Packer strArray(List<String> items) {
        if (items == null) {
            return u32(0);
        }
        u32(items.size());
        for (String item : items) {
            str(item);
        }
        return this;
    }

    public Packer u16Array(int[] items) {
        if (items == null) {
            return u32(0);
        }
        u32(items.length);
        for (int item : items) {
            u16(item);
        }
        return this;
    }

    public Packer u32Array(int[] items) {
        if (items == null) {
            return u32(0);
        }
        u32(items.length);
        for (int item : items) {
            u32(item);
        }
        return this;
    }

    public Packer u64Array(long[] items) {
        if (items == null) {
            return u32(0);
        }
        u32(items.length);
        for (long item : items) {
            u64(item);
        }
        return this;
    }

    public Packer dblArray(double[] items) {
        if (items == null) {
            return u32(0);
        }
        u32(items.length);
        for (double item : items) {
            dbl(item);
        }
        return this;
    }

    /** pack_bit_str_hex: u32 NO_VAL for null, else the bit count and the hex text. */
    public Packer bits(Bitmap bitmap) {
        if (bitmap == null) {
            return u32(Sentinels.NO_VAL);
        }
        u32(bitmap.size());
        return str(bitmap.toHex());
    }

    /** The count that starts a slurm_pack_list or key-pair list: null (-1 here) is NO_VAL. */
    public Packer listCount(int count) {
        return u32(count < 0 ? Sentinels.NO_VAL : count);
    }

    /** The mirror of {@link Unpacker#list}: a null list is written as the NULL list. */
    public <T> Packer list(List<T> items, BiConsumer<Packer, T> element) {
        if (items == null) {
            return listCount(-1);
        }
        listCount(items.size());
        for (T item : items) {
            element.accept(this, item);
        }
        return this;
    }

    public Packer raw(byte[] bytes) {
        return raw(bytes, 0, bytes.length);
    }

    public Packer raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }
}
