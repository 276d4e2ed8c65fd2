package org.flurm.config.hostlist;

import java.util.ArrayList;
import java.util.List;

/**
 * SLURM's in-memory hostlist: an ordered array of {@link HostRange}s plus a host count.
 *
 * <p>Every operation follows the steps of SLURM's own so that the text it prints matches
 * byte for byte, quirks included: appending only extends the last range, duplicates are kept,
 * and sorting splits overlapping ranges into pieces that still list every duplicate.
 */
final class RangeList {

    private final List<HostRange> ranges = new ArrayList<>();

    /** Host count as SLURM keeps it, in a C int. */
    private int hostCount;

    int hostCount() {
        return hostCount;
    }

    /** Appends a range, joining it to the last one when it continues it exactly. */
    void push(HostRange range) {
        final HostRange tail = ranges.isEmpty() ? null : ranges.getLast();
        if (tail != null
                && tail.hi == range.lo - 1
                && HostRange.comparePrefixes(tail, range) == 0
                && HostRange.widthsCombine(tail, range)) {
            tail.hi = range.hi;
        } else {
            ranges.add(range.copy());
        }
        hostCount += (int) range.count();
    }

    /**
     * Removes and returns the first host, or null when none is left.
     *
     * @throws HostlistException where SLURM would crash: a range ending at 2^64-1 counts as
     *     empty once its first host is taken, leaving the count higher than the hosts kept
     */
    String shift() throws HostlistException {
        if (hostCount <= 0) {
            return null;
        }
        if (ranges.isEmpty()) {
            throw new HostlistException("a range ending at " + Long.toUnsignedString(-1L)
                    + " cannot be expanded (SLURM crashes on it)");
        }
        final HostRange first = ranges.getFirst();
        final String host;
        if (first.singleHost) {
            first.lo++;
            host = first.prefix;
        } else if (first.count() != 0) {
            host = first.hostName(first.lo);
            first.lo++;
        } else {
            host = null;
        }
        hostCount--;
        if (first.isEmpty()) {
            ranges.removeFirst();
        }
        return host;
    }

    /** Sorts the ranges, then splits overlaps and rejoins adjacent ranges as SLURM does. */
    void sort() {
        if (ranges.size() <= 1) {
            return;
        }
        final HostRange[] sorted = ranges.toArray(new HostRange[0]);
        GlibcMergeSort.sort(sorted, HostRange::compare);
        ranges.clear();
        ranges.addAll(List.of(sorted));
        coalesce();
    }

    /**
     * Splits each pair of overlapping neighbours into the part before the overlap, one
     * single-host range per duplicated host, and the part after, then joins neighbours.
     */
    private void coalesce() {
        for (int i = ranges.size() - 1; i > 0; i--) {
            final HostRange overlap = intersect(ranges.get(i - 1), ranges.get(i));
            if (overlap == null) {
                continue;
            }
            final HostRange before = ranges.get(i - 1);
            final HostRange after = ranges.get(i);
            int insertAt = i;

            if (Long.compareUnsigned(overlap.hi, before.hi) < 0) {
                after.hi = before.hi;
            }
            before.hi = overlap.lo;
            after.lo = overlap.hi;

            // SLURM removes the later range here, not the emptied one; it cannot happen for
            // ranges that were sorted first, and it is kept for identical results.
            if (before.isEmpty()) {
                ranges.remove(i);
            }

            for (; Long.compareUnsigned(overlap.lo, overlap.hi) <= 0; overlap.lo++) {
                final HostRange one =
                        HostRange.numbered(overlap.prefix, overlap.lo, overlap.lo, overlap.width);
                if (Long.compareUnsigned(overlap.lo, before.hi) > 0) {
                    ranges.add(insertAt++, one.copy());
                }
                if (Long.compareUnsigned(overlap.lo, after.lo) < 0) {
                    ranges.add(insertAt++, one.copy());
                }
                if (overlap.lo == -1L) {
                    break;
                }
            }
            i = ranges.size();
        }
        collapse();
    }

    /** The hosts two sorted neighbours share, or null when they share none. */
    private static HostRange intersect(HostRange first, HostRange second) {
        if (first.singleHost || second.singleHost) {
            return null;
        }
        if (Long.compareUnsigned(first.hi, second.lo) > 0
                && HostRange.comparePrefixes(first, second) == 0
                && HostRange.widthsCombine(first, second)) {
            final HostRange shared = first.copy();
            shared.lo = second.lo;
            shared.hi = Long.compareUnsigned(second.hi, first.hi) < 0 ? second.hi : first.hi;
            return shared;
        }
        return null;
    }

    /** Joins neighbours where one continues the other exactly; never drops a host. */
    private void collapse() {
        for (int i = ranges.size() - 1; i > 0; i--) {
            final HostRange before = ranges.get(i - 1);
            final HostRange after = ranges.get(i);
            if (before.hi == after.lo - 1
                    && HostRange.comparePrefixes(before, after) == 0
                    && HostRange.widthsCombine(before, after)) {
                before.hi = after.hi;
                ranges.remove(i);
            }
        }
    }

    /** The list written as SLURM writes it: "a[1-3,5],b,c7". */
    String rangedString() {
        final StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ranges.size()) {
            if (i > 0) {
                out.append(',');
            }
            i = appendBracketed(out, i);
        }
        return out.toString();
    }

    // Writes the ranges from start that share one prefix; returns the index after them.
    private int appendBracketed(StringBuilder out, int start) {
        final HostRange first = ranges.get(start);
        final HostRange next = start + 1 < ranges.size() ? ranges.get(start + 1) : null;
        final boolean brackets = Long.compareUnsigned(first.count(), 1) > 0
                || (next != null && HostRange.shareBrackets(first, next));
        out.append(first.prefix);
        if (brackets) {
            out.append('[');
        }
        int i = start;
        do {
            if (i > start) {
                out.append(',');
            }
            appendNumbers(out, ranges.get(i));
        } while (++i < ranges.size() && HostRange.shareBrackets(ranges.get(i), ranges.get(i - 1)));
        if (brackets) {
            out.append(']');
        }
        return i;
    }

    private static void appendNumbers(StringBuilder out, HostRange range) {
        if (range.singleHost) {
            return;
        }
        out.append(HostRange.pad(range.lo, range.width));
        if (Long.compareUnsigned(range.lo, range.hi) < 0) {
            out.append('-').append(HostRange.pad(range.hi, range.width));
        }
    }
}
