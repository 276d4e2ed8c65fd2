package org.flurm.config.slurm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Key=Value} pair found in a line, with {@code end}, the index just after the
 * value, where scanning for the next pair resumes.
 *
 * <p>The grammar is SLURM's: optional blanks, a key of letters, digits, {@code _} and
 * {@code .}, optional blanks, an optional operator character ({@code + - * /}, accepted and
 * ignored), {@code =}, optional blanks, then either a double-quoted value (which may hold
 * blanks; the quotes are removed) or a run of non-blank characters. The value must be
 * followed by a blank or the end of the line, otherwise the unquoted form is tried.
 */
public record KeyValue(String key, String value, int end) {

    private static final Pattern PAIR = Pattern.compile(
            "\\s*([A-Za-z0-9_.]+)\\s*[-*+/]?=\\s*(?:\"([^\"]*)\"|(\\S+))(?=\\s|\\z)");

    /** The pair starting at {@code from} (after optional blanks), if there is one. */
    public static Optional<KeyValue> scan(String text, int from) {
        Matcher matcher = PAIR.matcher(text);
        matcher.region(from, text.length());
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return Optional.of(new KeyValue(matcher.group(1), value, matcher.end()));
    }
}
