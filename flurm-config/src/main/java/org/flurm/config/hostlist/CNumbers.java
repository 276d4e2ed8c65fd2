package org.flurm.config.hostlist;

/** Number parsing with the exact leniency of C's strtoul, which SLURM's hostlist code uses. */
final class CNumbers {

    private CNumbers() {
    }

    /**
     * The result of parsing: the value and the index just past what was consumed; {@code end}
     * equals the start index when no digits were found.
     */
    record Parsed(long value, int end) {
    }

    /**
     * Parses a base-10 unsigned long starting at {@code from}: leading white space and one sign
     * are accepted, a minus negates modulo 2^64, and an overflow gives the largest value.
     */
    static Parsed strtoul(String s, int from) {
        int i = from;
        while (i < s.length() && NaturalOrder.isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        final int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < s.length() && NaturalOrder.isDigit(s.charAt(i))) {
            final int digit = s.charAt(i) - '0';
            if (!overflow) {
                final long times10 = value * 10;
                if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0
                        || Long.compareUnsigned(times10 + digit, times10) < 0) {
                    overflow = true;
                } else {
                    value = times10 + digit;
                }
            }
            i++;
        }
        if (i == digitsStart) {
            return new Parsed(0, from);
        }
        if (overflow) {
            return new Parsed(-1L, i);
        }
        return new Parsed(negative ? -value : value, i);
    }
}
