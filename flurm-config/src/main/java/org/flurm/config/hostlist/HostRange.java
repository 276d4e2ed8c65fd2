package org.flurm.config.hostlist;

/**
 * One run of hosts sharing a prefix, {@code prefix[lo-hi]} printed with zero padding to
 * {@code width} digits, or a single host whose name has no numeric suffix.
 *
 * <p>Numbers are C {@code unsigned long}s held in a {@code long} and compared unsigned, and the
 * width is mutable: SLURM lets two widths that print a number the same way stand for each other,
 * and adopts one of them while comparing ranges. Hostlist output depends on that, so this class
 * reproduces it rather than hiding it.
 */
final class HostRange {

    final String prefix;
    final boolean singleHost;
    long lo;
    long hi;
    int width;

    private HostRange(String prefix, boolean singleHost, long lo, long hi, int width) {
        this.prefix = prefix;
        this.singleHost = singleHost;
        this.lo = lo;
        this.hi = hi;
        this.width = width;
    }

    /** A host without a numeric suffix: its whole name is the prefix. */
    static HostRange single(String name) {
        return new HostRange(name, true, 0, 0, 0);
    }

    static HostRange numbered(String prefix, long lo, long hi, int width) {
        return new HostRange(prefix, false, lo, hi, width);
    }

    /**
     * A host name split at its trailing digits: "n007" becomes prefix "n", number 7, width 3;
     * a name that does not end in a digit stays whole.
     */
    static HostRange ofHostName(String name) {
        int end = name.length();
        while (end > 0 && NaturalOrder.isDigit(name.charAt(end - 1))) {
            end--;
        }
        if (end == name.length()) {
            return single(name);
        }
        final String digits = name.substring(end);
        final long number = CNumbers.strtoul(digits, 0).value();
        return numbered(name.substring(0, end), number, number, digits.length());
    }

    HostRange copy() {
        return new HostRange(prefix, singleHost, lo, hi, width);
    }

    /** Number of hosts; wraps like the C arithmetic for a range spanning every number. */
    long count() {
        return singleHost ? 1 : hi - lo + 1;
    }

    boolean isEmpty() {
        return Long.compareUnsigned(hi, lo) < 0 || hi == -1L;
    }

    /** The name of the host {@code number} of this range. */
    String hostName(long number) {
        return singleHost ? prefix : prefix + pad(number, width);
    }

    /** Decimal digits of an unsigned number, zero padded on the left to {@code width}. */
    static String pad(long number, int width) {
        final String digits = Long.toUnsignedString(number);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /**
     * Orders prefixes naturally; equal prefixes put a single host before a numbered range.
     * A missing range sorts last.
     */
    static int comparePrefixes(HostRange a, HostRange b) {
        if (a == null) {
            return 1;
        }
        if (b == null) {
            return -1;
        }
        final int byName = NaturalOrder.compare(a.prefix, b.prefix);
        return byName != 0 ? byName : flag(b.singleHost) - flag(a.singleHost);
    }

    /**
     * SLURM's sort order: prefix, then the low number when the widths can stand for each other,
     * else the width. The result is truncated to an int the way the C comparison truncates it.
     */
    static int compare(HostRange a, HostRange b) {
        final int byPrefix = comparePrefixes(a, b);
        if (byPrefix != 0) {
            return byPrefix;
        }
        return widthsCombine(a, b) ? (int) (a.lo - b.lo) : a.width - b.width;
    }

    /** True when both ranges would be written inside one pair of brackets. */
    static boolean shareBrackets(HostRange a, HostRange b) {
        return comparePrefixes(a, b) == 0 && !a.singleHost && !b.singleHost;
    }

    /**
     * True when the two widths print both low numbers the same way; then one range takes the
     * other's width (the one whose padding does not change by it).
     */
    static boolean widthsCombine(HostRange a, HostRange b) {
        if (a.width == b.width) {
            return true;
        }
        final int aOwn = zerosToPad(a.lo, a.width);
        final int aOther = zerosToPad(a.lo, b.width);
        final int bOwn = zerosToPad(b.lo, b.width);
        final int bOther = zerosToPad(b.lo, a.width);
        if (aOwn != aOther && bOwn != bOther) {
            return false;
        }
        if (aOwn != aOther) {
            b.width = a.width;
        } else {
            a.width = b.width;
        }
        return true;
    }

    private static int zerosToPad(long number, int width) {
        final int digits = Long.toUnsignedString(number).length();
        return Math.max(width - digits, 0);
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    @Override
    public String toString() {
        if (singleHost) {
            return prefix;
        }
        return prefix + "[" + pad(lo, width) + "-" + pad(hi, width) + "]";
    }
}
