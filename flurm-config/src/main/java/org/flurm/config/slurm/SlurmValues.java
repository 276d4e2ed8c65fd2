package org.flurm.config.slurm;

import java.math.BigInteger;
import java.util.Locale;
import org.flurm.config.value.InvalidValueException;
import org.flurm.config.value.TimeSpec;

/**
 * Reads values the way SLURM 22.05's configuration parser reads them: unsigned numbers in
 * C's {@code strtoul} base-0 syntax, booleans, and the special words for "no limit".
 */
public final class SlurmValues {

    /** SLURM's INFINITE for 16-bit fields. */
    static final long INFINITE16 = 0xFFFFL;
    /** SLURM's INFINITE for 32-bit fields. */
    public static final long INFINITE = 0xFFFF_FFFFL;
    /** SLURM's NO_VAL for 32-bit fields: "not set". */
    static final long NO_VAL = 0xFFFF_FFFEL;
    /** SLURM's INFINITE64 (all 64 bits set), as a signed long. */
    static final long INFINITE64 = -1L;

    private static final BigInteger MAX_UNSIGNED_LONG = BigInteger.ONE.shiftLeft(64)
            .subtract(BigInteger.ONE);

    private SlurmValues() {
    }

    /** Checks {@code value} for a key of the given type; RECORD and STRING always pass. */
    static void check(String key, String value, ValueType type) throws BadValueException {
        switch (type) {
            case UINT16, UINT32, UINT64 -> unsigned(key, value, type);
            case BOOLEAN -> bool(key, value);
            case STRING, RECORD, DEFUNCT -> {
            }
        }
    }

    /**
     * The unsigned number in {@code value}; UNLIMITED/INFINITE give the type's INFINITE
     * ({@link #INFINITE64} for UINT64).
     */
    static long unsigned(String key, String value, ValueType type) throws BadValueException {
        boolean kSuffix = type != ValueType.UINT16;
        Strtoul parsed = strtoul(value);
        int end = parsed.end;
        BigInteger number = parsed.value;
        if (kSuffix && end < value.length()
                && (value.charAt(end) == 'k' || value.charAt(end) == 'K')) {
            number = number.shiftLeft(10);
            end++;
        }
        if (end != value.length()) {
            if (value.equalsIgnoreCase("UNLIMITED") || value.equalsIgnoreCase("INFINITE")) {
                return switch (type) {
                    case UINT16 -> INFINITE16;
                    case UINT32 -> INFINITE;
                    default -> INFINITE64;
                };
            }
            throw new BadValueException(key + " value \"" + value + "\" is not a number");
        }
        if (parsed.overflow || number.compareTo(MAX_UNSIGNED_LONG) > 0) {
            throw new BadValueException(key + " value \"" + value + "\" is out of range");
        }
        if (value.startsWith("-")) {
            throw new BadValueException(key + " value \"" + value + "\" is negative");
        }
        long max = switch (type) {
            case UINT16 -> 0xFFFFL;
            case UINT32 -> 0xFFFF_FFFFL;
            default -> -1L;
        };
        if (type != ValueType.UINT64 && number.longValue() > max) {
            throw new BadValueException(key + " value \"" + value + "\" is larger than "
                    + max);
        }
        return number.longValue();
    }

    /** yes/up/true/1 or no/down/false/0 in any case. */
    static boolean bool(String key, String value) throws BadValueException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "up", "true", "1" -> {
                return true;
            }
            case "no", "down", "false", "0" -> {
                return false;
            }
            default -> throw new BadValueException(
                    "\"" + value + "\" is not a valid yes/no value for " + key);
        }
    }

    /**
     * A SLURM time string ({@link TimeSpec}) in minutes, seconds rounded up; -1, INFINITE and
     * UNLIMITED give {@link #INFINITE}. Negative results SLURM computes for odd input such as
     * "-5" are refused, as SLURM refuses them for time limits.
     */
    public static long minutes(String key, String value) throws BadValueException {
        int minutes;
        try {
            minutes = TimeSpec.parseMinutes(value);
        } catch (InvalidValueException e) {
            throw new BadValueException("bad time value \"" + value + "\" for " + key);
        }
        if (minutes == TimeSpec.INFINITE) {
            return INFINITE;
        }
        if (minutes < 0) {
            throw new BadValueException("bad time value \"" + value + "\" for " + key);
        }
        return minutes;
    }

    private record Strtoul(BigInteger value, int end, boolean overflow) {
    }

    /** C's strtoul(value, &end, 0) without leading blanks: sign, 0x, octal, decimal. */
    private static Strtoul strtoul(String value) {
        int i = 0;
        boolean negative = false;
        if (i < value.length() && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (value.startsWith("0x", i) || value.startsWith("0X", i)) {
            if (i + 2 < value.length() && Character.digit(value.charAt(i + 2), 16) >= 0) {
                radix = 16;
                i += 2;
            }
        } else if (value.startsWith("0", i)) {
            radix = 8;
        }
        int digitsStart = i;
        while (i < value.length() && Character.digit(value.charAt(i), radix) >= 0
                && value.charAt(i) < 128) {
            i++;
        }
        if (i == digitsStart) {
            return new Strtoul(BigInteger.ZERO, 0, false);
        }
        BigInteger number = new BigInteger(value.substring(digitsStart, i), radix);
        boolean overflow = number.compareTo(MAX_UNSIGNED_LONG) > 0;
        if (negative && !overflow) {
            number = BigInteger.ONE.shiftLeft(64).subtract(number).and(MAX_UNSIGNED_LONG);
        }
        return new Strtoul(number, i, overflow);
    }
}
