package org.flurm.config.value;

/**
 * Time values as SLURM 22.05 reads and writes them: time limits in slurm.conf
 * ({@code MaxTime=}, {@code DefaultTime=}) and on the command line ({@code --time=}).
 *
 * <p>Accepted forms are {@code min}, {@code min:sec}, {@code hr:min:sec}, {@code days-hr},
 * {@code days-hr:min} and {@code days-hr:min:sec}, plus {@code INFINITE}, {@code UNLIMITED} and
 * {@code -1} for no limit (case ignored). Results are C ints as SLURM computes them, so
 * {@link #INFINITE} and {@link #NO_VAL} are the 32-bit sentinels 0xFFFFFFFF and 0xFFFFFFFE.
 */
public final class TimeSpec {

    /** SLURM's INFINITE (0xFFFFFFFF as a 32-bit int): no limit. */
    public static final int INFINITE = -1;

    /** SLURM's NO_VAL (0xFFFFFFFE as a 32-bit int): not set. */
    public static final int NO_VAL = -2;

    private static final long INFINITE_UNSIGNED = 0xFFFF_FFFFL;

    private TimeSpec() {
    }

    /**
     * Seconds in a time string, or {@link #INFINITE}; as SLURM's time_str2secs.
     *
     * <p>Like SLURM, a lone negative day count ("-5") is accepted and gives a negative number;
     * callers that need a limit must refuse negative values other than {@link #INFINITE}.
     *
     * @throws InvalidValueException where SLURM answers NO_VAL
     */
    public static int parseSeconds(String text) throws InvalidValueException {
        final int seconds = secondsOrNoVal(text);
        if (seconds == NO_VAL) {
            throw new InvalidValueException("invalid time '" + text + "': expected minutes,"
                    + " min:sec, hr:min:sec, days-hr[:min[:sec]] or UNLIMITED");
        }
        return seconds;
    }

    /**
     * Minutes in a time string, seconds rounded up, or {@link #INFINITE}; as SLURM's
     * time_str2mins, so "30" and "30:00" are both 30 minutes and "30:01" is 31.
     *
     * @throws InvalidValueException where SLURM answers NO_VAL
     */
    public static int parseMinutes(String text) throws InvalidValueException {
        final int seconds = parseSeconds(text);
        return seconds == INFINITE ? INFINITE : (seconds + 59) / 60;
    }

    /** SLURM's time_str2secs exactly, returning NO_VAL for what it rejects. */
    static int secondsOrNoVal(String text) {
        if (text == null || text.isEmpty()) {
            return NO_VAL;
        }
        if (text.equals("-1") || text.equalsIgnoreCase("INFINITE")
                || text.equalsIgnoreCase("UNLIMITED")) {
            return INFINITE;
        }
        if (!isValidShape(text)) {
            return NO_VAL;
        }

        final int[] fields = new int[4];
        if (text.indexOf('-') >= 0) {
            // days-hours:minutes:seconds, each part after the days optional
            CScan.ints(text, "-::", fields);
            return fields[0] * 86400 + fields[1] * 3600 + fields[2] * 60 + fields[3];
        }
        if (CScan.ints(text, "::", fields) == 3) {
            return fields[0] * 3600 + fields[1] * 60 + fields[2];
        }
        // One or two numbers are minutes[:seconds].
        return fields[0] * 60 + fields[1];
    }

    /**
     * Digits, at most one dash (before any colon) and at most two colons, with enough digit
     * groups that no field is left empty between separators.
     */
    private static boolean isValidShape(String text) {
        int groups = 0;
        int dashes = 0;
        int colons = 0;
        boolean inDigits = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inDigits) {
                    groups++;
                    inDigits = true;
                }
            } else if (c == '-') {
                inDigits = false;
                dashes++;
                if (colons > 0) {
                    return false;
                }
            } else if (c == ':') {
                inDigits = false;
                colons++;
            } else {
                return false;
            }
        }
        if (groups == 0 || dashes > 1 || colons > 2) {
            return false;
        }
        final int needed = colons == 0 ? 1 : colons + 1 + dashes;
        return groups >= needed;
    }

    /**
     * "1-00:00:00", "00:30:00" or "UNLIMITED": a number of seconds as scontrol prints times
     * (SLURM's secs2time_str). 0xFFFFFFFF is UNLIMITED; a negative value is "INVALID".
     */
    public static String formatSeconds(long seconds) {
        if (seconds == INFINITE_UNSIGNED) {
            return "UNLIMITED";
        }
        if (seconds < 0) {
            return "INVALID";
        }
        return dayClock(seconds / 86400, (seconds / 3600) % 24, (seconds / 60) % 60,
                seconds % 60);
    }

    /**
     * A limit in minutes as scontrol prints it (SLURM's mins2time_str): the value is a 32-bit
     * unsigned field, {@link #INFINITE} prints "UNLIMITED", seconds are always ":00".
     */
    public static String formatMinutes(int minutes) {
        if (minutes == INFINITE) {
            return "UNLIMITED";
        }
        final long value = Integer.toUnsignedLong(minutes);
        return dayClock(value / 1440, (value / 60) % 24, value % 60, 0);
    }

    /**
     * The short form sinfo and squeue print in their columns: "30:00", "1:00:00",
     * "5-00:00:00". The caller prints its own word for no limit.
     */
    public static String formatCompact(long seconds) {
        final long days = seconds / 86400;
        final long hours = (seconds / 3600) % 24;
        final long minutes = (seconds / 60) % 60;
        final long secs = seconds % 60;
        if (days != 0) {
            return dayClock(days, hours, minutes, secs);
        }
        if (hours != 0) {
            return hours + ":" + twoDigits(minutes) + ":" + twoDigits(secs);
        }
        return minutes + ":" + twoDigits(secs);
    }

    private static String dayClock(long days, long hours, long minutes, long seconds) {
        final String clock = twoDigits(hours) + ":" + twoDigits(minutes) + ":" + twoDigits(seconds);
        return days != 0 ? days + "-" + clock : clock;
    }

    // printf's "%2.2ld": at least two digits, a minus sign before the padding.
    private static String twoDigits(long value) {
        final String digits = Long.toString(Math.abs(value));
        final String padded = digits.length() < 2 ? "0" + digits : digits;
        return value < 0 ? "-" + padded : padded;
    }
}
