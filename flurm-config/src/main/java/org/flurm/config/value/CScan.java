package org.flurm.config.value;

/** The parts of C's sscanf that SLURM's time parsing relies on, for exact results. */
final class CScan {

    private CScan() {
    }

    /**
     * Reads ints separated by the given literal characters, as sscanf("%d-%d:%d:%d") would:
     * stops at the first mismatch, leaves unread fields untouched, returns how many were read.
     * A number beyond the range of a C long is clamped to it, then cut to 32 bits like glibc's
     * conversion to int.
     */
    static int ints(String text, String separators, int[] fields) {
        int pos = 0;
        int read = 0;
        while (read < fields.length) {
            final int start = pos;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            final int digits = pos;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == digits) {
                return read;
            }
            fields[read++] = (int) clampedLong(text.substring(start, pos));
            if (read == fields.length || read > separators.length()) {
                return read;
            }
            if (pos >= text.length() || text.charAt(pos) != separators.charAt(read - 1)) {
                return read;
            }
            pos++;
        }
        return read;
    }

    private static long clampedLong(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return number.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
