package org.flurm.config.hostlist;

/**
 * The "natural" string order SLURM uses to compare host name prefixes: runs of digits compare
 * by value ("n9" before "n10"), white space is skipped, and a digit run that starts with a
 * zero compares digit by digit as a fraction would.
 *
 * <p>LIMIT: characters are compared as Java chars; SLURM compares the bytes of the name as
 * signed C chars, so names with non-ASCII characters may sort differently than in SLURM.
 */
final class NaturalOrder {

    private NaturalOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    static int compare(String a, String b) {
        int ai = 0;
        int bi = 0;
        while (true) {
            ai = skipSpace(a, ai);
            bi = skipSpace(b, bi);
            final char ca = charAt(a, ai);
            final char cb = charAt(b, bi);

            // A digit run on both sides is compared as a number before the characters are.
            if (isDigit(ca) && isDigit(cb)) {
                final boolean fractional = ca == '0' || cb == '0';
                final int result = fractional
                        ? compareLeftAligned(a, ai, b, bi)
                        : compareRightAligned(a, ai, b, bi);
                if (result != 0) {
                    return result;
                }
            }

            if (ca == 0 && cb == 0) {
                return 0;
            }
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            ai++;
            bi++;
        }
    }

    // Whole numbers: the longer run wins; with equal length the first differing digit decides.
    private static int compareRightAligned(String a, int ai, String b, int bi) {
        int bias = 0;
        for (;; ai++, bi++) {
            final char ca = charAt(a, ai);
            final char cb = charAt(b, bi);
            if (!isDigit(ca) && !isDigit(cb)) {
                return bias;
            }
            if (!isDigit(ca)) {
                return -1;
            }
            if (!isDigit(cb)) {
                return 1;
            }
            if (bias == 0 && ca != cb) {
                bias = ca < cb ? -1 : 1;
            }
        }
    }

    // Runs with a leading zero: the first differing digit decides, the shorter run is smaller.
    private static int compareLeftAligned(String a, int ai, String b, int bi) {
        for (;; ai++, bi++) {
            final char ca = charAt(a, ai);
            final char cb = charAt(b, bi);
            if (!isDigit(ca) && !isDigit(cb)) {
                return 0;
            }
            if (!isDigit(ca)) {
                return -1;
            }
            if (!isDigit(cb)) {
                return 1;
            }
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
    }

    private static int skipSpace(String s, int i) {
        while (isSpace(charAt(s, i))) {
            i++;
        }
        return i;
    }

    /** The character at {@code i}, or NUL past the end, as C string code sees it. */
    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space as the C library's isspace() knows it in the C locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
