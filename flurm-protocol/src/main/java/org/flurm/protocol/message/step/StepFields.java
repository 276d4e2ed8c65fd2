package org.flurm.protocol.message.step;

import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/** Small reading checks the step layouts share. */
final class StepFields {

    private StepFields() {
    }

    /** A u8 that says whether an optional part follows: 0 or 1, nothing else. */
    static boolean presence(Unpacker in, String what) throws DecodeException {
        final int flag = in.u8();
        if (flag > 1) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    what + " presence byte " + flag);
        }
        return flag == 1;
    }

    /** A u16 count of items the caller reads, bounded by the bytes left. */
    static int u16Count(Unpacker in, String what, int minBytesEach) throws DecodeException {
        final int count = in.u16();
        if ((long) count * minBytesEach > in.remaining()) {
            throw new DecodeException(DecodeException.Kind.OVERSIZE, what + " count " + count
                    + " exceeds the " + in.remaining() + " bytes left");
        }
        return count;
    }

    /** A u32 count of items the caller reads, bounded likewise; NO_VAL (none) returns -1. */
    static int u32CountOrNone(Unpacker in, String what, int minBytesEach)
            throws DecodeException {
        final int count = in.u32();
        if (count == Sentinels.NO_VAL) {
            return -1;
        }
        if (count < 0 || (long) count * minBytesEach > in.remaining()) {
            throw new DecodeException(DecodeException.Kind.OVERSIZE, what + " count "
                    + Integer.toUnsignedString(count) + " exceeds the " + in.remaining()
                    + " bytes left");
        }
        return count;
    }

    /** An array whose count the layout also states in a separate field; both must agree. */
    static int[] sized(int[] items, int expected, String what) throws DecodeException {
        if (Counts.of(items) != expected) {
            throw new DecodeException(DecodeException.Kind.INVALID, what + " has "
                    + Counts.of(items) + " entries, expected "
                    + Integer.toUnsignedString(expected));
        }
        return items;
    }
}
