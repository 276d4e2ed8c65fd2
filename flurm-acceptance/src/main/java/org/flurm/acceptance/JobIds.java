package org.flurm.acceptance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job ids one scenario has seen, each with its symbolic name J1, J2, ... in the order the
 * target first printed it. Ids are learnt only where the clients name a number as a job id, so
 * that other numbers are never taken for one.
 */
final class JobIds {

    /** The places where stock clients print a job id. */
    private static final List<Pattern> ID_SITES = List.of(
            Pattern.compile("Submitted batch job (\\d+)"),
            Pattern.compile("\\b(?:JobId|ArrayJobId|HetJobId)=(\\d+)"),
            Pattern.compile("\\b[Jj]ob (?:id )?(\\d+)"),
            Pattern.compile("\\bjob_id=(\\d+)"));

    /** The bare id that {@code sbatch --parsable} prints, optionally with ";cluster". */
    private static final Pattern PARSABLE = Pattern.compile("(?m)^(\\d+)(?:;\\S+)?$");

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d+)(?![0-9A-Za-z])");

    private final Map<String, String> symbolByReal = new LinkedHashMap<>();

    /** Learns the ids printed by one command. */
    void learn(String command, String output) {
        for (Pattern site : ID_SITES) {
            final Matcher m = site.matcher(output);
            while (m.find()) {
                // an id the scenario wrote itself (a job that does not exist) stays as written
                if (!command.matches(".*(?<![0-9])" + m.group(1) + "(?![0-9]).*")) {
                    add(m.group(1));
                }
            }
        }
        if (command.contains("--parsable")) {
            final Matcher m = PARSABLE.matcher(output);
            while (m.find()) {
                add(m.group(1));
            }
        }
    }

    private void add(String real) {
        symbolByReal.computeIfAbsent(real, r -> "J" + (symbolByReal.size() + 1));
    }

    /** The text with every learnt id, as a whole number, replaced by its symbol. */
    String symbolise(String text) {
        final Matcher m = NUMBER.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final String symbol = symbolByReal.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(symbol == null ? m.group() : symbol));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The real id of a symbol, or {@code null} when the scenario has not seen that job. */
    String real(String symbol) {
        for (Map.Entry<String, String> e : symbolByReal.entrySet()) {
            if (e.getValue().equals(symbol)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A command with {@code $J1}, {@code $J2}, ... replaced by real ids. */
    String resolve(String command) {
        final Matcher m = Pattern.compile("\\$(J\\d+)(?![0-9])").matcher(command);
        final StringBuilder out = new StringBuilder();
        while (m.find()) {
            final String real = real(m.group(1));
            // an unknown symbol stays visible, so the command fails the same way on both targets
            m.appendReplacement(out, Matcher.quoteReplacement(real == null ? m.group(1) : real));
        }
        m.appendTail(out);
        return out.toString();
    }
}
