package org.flurm.node.job;

/**
 * Expands the replacement symbols of a batch job's {@code --output}, {@code --error} and
 * {@code --input} names, as slurmd does for the batch step: %j job id, %J job id with step,
 * %x job name, %u user name, %A array master job id, %a array task id, %N short host name,
 * %n node index, %s step, %t task id, %% a percent sign. A number between % and the letter pads
 * numbers with zeros to that width (e.g. %4j).
 *
 * <p>LIMIT: the pattern is only expanded for the batch step on its first node, so %n and %t
 * are always 0 and %s is "batch".
 */
public record OutputPattern(int jobId, int arrayJobId, int arrayTaskId, String jobName,
                            String userName, String hostName) {

    private static final int NO_VAL = 0xFFFFFFFE;

    /** SLURM's name for an output file when the job named none. */
    public static String defaultName(int arrayTaskId) {
        return arrayTaskId == NO_VAL ? "slurm-%j.out" : "slurm-%A_%a.out";
    }

    /** The file name with every symbol replaced; unknown symbols are kept as written. */
    public String expand(String pattern) {
        final StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            final char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                i++;
                continue;
            }

            // an optional zero-padding width, then the symbol
            int j = i + 1;
            int width = 0;
            while (j < pattern.length() && Character.isDigit(pattern.charAt(j)) && j - i <= 2) {
                width = width * 10 + (pattern.charAt(j) - '0');
                j++;
            }
            if (j >= pattern.length()) {
                out.append(pattern, i, j);
                break;
            }
            final String replacement = replacement(pattern.charAt(j), width);
            if (replacement == null) {
                out.append(pattern, i, j + 1);
            } else {
                out.append(replacement);
            }
            i = j + 1;
        }
        return out.toString();
    }

    private String replacement(char symbol, int width) {
        return switch (symbol) {
            case '%' -> "%";
            case 'j' -> pad(jobId, width);
            case 'J' -> pad(jobId, width) + ".batch";
            case 'A' -> pad(arrayTaskId == NO_VAL ? jobId : arrayJobId, width);
            case 'a' -> arrayTaskId == NO_VAL ? "4294967294" : pad(arrayTaskId, width);
            case 'x' -> jobName == null ? "" : jobName;
            case 'u' -> userName;
            case 'N' -> hostName;
            case 'n', 't' -> pad(0, width);
            case 's' -> "batch";
            default -> null;
        };
    }

    private static String pad(int value, int width) {
        final String digits = Integer.toUnsignedString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
