package org.flurm.protocol.pack;

import java.util.List;

/**
 * The element count of a list or array that may be null, as the packed array forms count it:
 * null has none. Codecs use it to write counts and to check that parallel arrays agree.
 */
public final class Counts {

    private Counts() {
    }

    public static int of(List<?> items) {
        return items == null ? 0 : items.size();
    }

    public static int of(int[] items) {
        return items == null ? 0 : items.length;
    }

    public static int of(long[] items) {
        return items == null ? 0 : items.length;
    }
}
