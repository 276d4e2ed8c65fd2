package org.flurm.config.value;

/**
 * Memory sizes as SLURM 22.05 reads them from the command line ({@code --mem=4G},
 * {@code --mem-per-cpu=500M}) and writes them back: whole megabytes in a C uint64.
 *
 * <p>A number alone is megabytes; the suffixes K, M, G and T (either case, optionally followed
 * by B or b) scale it by powers of 1024, kilobytes rounding up. Plain slurm.conf fields such as
 * {@code RealMemory=64000} are megabytes without a suffix and read the same way.
 */
public final class MemSize {

    /** SLURM's NO_VAL64 (0xFFFFFFFFFFFFFFFE): not set, and str_to_mbytes' answer to bad input. */
    public static final long NO_VAL64 = 0xFFFF_FFFF_FFFF_FFFEL;

    private MemSize() {
    }

    /**
     * Megabytes in a size string, as SLURM's str_to_mbytes: "4G" is 4096, "2047K" is 2,
     * "1T" is 1048576. The result is unsigned; T and G multiply without an overflow check, as
     * SLURM does.
     *
     * @throws InvalidValueException for what SLURM rejects: no digits, a negative number, a
     *     number beyond a C long long, or any other suffix ("4GiB", "4 G")
     */
    public static long parseMegabytes(String text) throws InvalidValueException {
        final long megabytes = megabytesOrNoVal(text);
        if (megabytes == NO_VAL64) {
            throw new InvalidValueException("invalid memory size '" + text
                    + "': expected a number of megabytes with an optional K, M, G or T suffix");
        }
        return megabytes;
    }

    /** SLURM's str_to_mbytes exactly, returning NO_VAL64 for what it rejects. */
    static long megabytesOrNoVal(String text) {
        // strtoll: white space, one sign, decimal digits.
        int pos = 0;
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        final int numberStart = pos;
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            pos++;
        }
        final int digitsStart = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == digitsStart) {
            return NO_VAL64;
        }
        final long number;
        try {
            number = Long.parseLong(text.substring(numberStart, pos));
        } catch (NumberFormatException e) {
            return NO_VAL64;
        }
        if (number < 0) {
            return NO_VAL64;
        }

        final String suffix = text.substring(pos);
        if (suffix.isEmpty()) {
            return number;
        }
        final String unit = suffix.substring(1);
        if (!unit.isEmpty() && !unit.equals("B") && !unit.equals("b")) {
            return NO_VAL64;
        }
        return switch (Character.toUpperCase(suffix.charAt(0))) {
            // A shift, not a division: SLURM's compiled code rounds the overflowing sum for
            // a number near 2^63 that way.
            case 'K' -> (number + 1023) >> 10;
            case 'M' -> number;
            case 'G' -> number * 1024;
            case 'T' -> number * 1024 * 1024;
            default -> NO_VAL64;
        };
    }

    /**
     * Megabytes in the largest unit that divides them, as SLURM's mbytes_to_str: 4096 is "4G",
     * 1536 is "1536", 1048576 is "1T". Zero and multiples of 2^40 fall off the end of SLURM's
     * unit list and print with '?' ("0?"), as SLURM prints them.
     *
     * @return the text, or null for NO_VAL64 as SLURM returns none
     */
    public static String format(long megabytes) {
        if (megabytes == NO_VAL64) {
            return null;
        }
        final String units = "MGTP";
        long value = megabytes;
        int unit = 0;
        while (unit < units.length()) {
            if (value != 0 && Long.remainderUnsigned(value, 1024) != 0) {
                break;
            }
            value = Long.divideUnsigned(value, 1024);
            unit++;
        }
        final String number = Long.toUnsignedString(value);
        if (unit == units.length()) {
            return number + "?";
        }
        return unit == 0 ? number : number + units.charAt(unit);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
