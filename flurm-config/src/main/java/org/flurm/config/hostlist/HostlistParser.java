package org.flurm.config.hostlist;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads hostlist expressions the way SLURM 22.05 does, into a {@link RangeList} or just a count.
 *
 * <p>An expression is a list of tokens separated by commas, spaces or tabs; separators inside
 * brackets do not split. The last bracket of a token is its numeric suffix; brackets earlier in
 * the token repeat its prefix, the bracket just before the suffix varying slowest:
 * {@code a[1-2]b[3-4]c[5-6]} gives a1b3c5, a1b3c6, a2b3c5, ... SLURM's leniencies are kept
 * (a token with '[' and no ']' is one odd host name; {@code n[3-]} is n3; {@code n[1a-3]} pads
 * to two digits) because the stock tools accept them too.
 */
final class HostlistParser {

    /** Most hosts one range inside brackets may name. */
    static final int MAX_RANGE = 64 * 1024;

    /** Most numbers one bracket in the middle of a name may produce. */
    static final int MAX_PREFIX_COUNT = 64 * 1024;

    /** Most comma-separated items one bracket may hold; SLURM aborts beyond it. */
    static final int MAX_RANGES = 256 * 1024;

    private static final String SEPARATORS = "\t, ";

    /** A numeric range from inside brackets, with the width its low end was written in. */
    record NumberRange(long lo, long hi, int width) {

        long count() {
            return hi - lo + 1;
        }
    }

    /** A range list SLURM refuses; at the top of a token it makes the expression invalid. */
    private static final class RangeError extends Exception {

        private static final long serialVersionUID = 1L;

        RangeError(String message) {
            super(message, null, false, false);
        }
    }

    private HostlistParser() {
    }

    /** Parses a whole expression into SLURM's range list. */
    static RangeList parse(String expression) throws HostlistException {
        final RangeList list = new RangeList();
        for (final String token : tokens(expression)) {
            parseToken(token, list);
        }
        return list;
    }

    /**
     * Counts the hosts of an expression without naming them, saturating at Long.MAX_VALUE.
     * Duplicates count as often as they appear.
     */
    static long count(String expression) throws HostlistException {
        long total = 0;
        for (final String token : tokens(expression)) {
            total = saturatedAdd(total, parseToken(token, null));
        }
        return total;
    }

    /**
     * Splits an expression into tokens at separators, except where a separator falls between
     * a '[' and the ']' that follows it.
     */
    static List<String> tokens(String s) {
        final List<String> tokens = new ArrayList<>();
        int pos = 0;
        while (true) {
            while (pos < s.length() && isSeparator(s.charAt(pos))) {
                pos++;
            }
            if (pos == s.length()) {
                return tokens;
            }
            final int start = pos;
            int scanFrom = start;
            boolean extended = true;
            while (extended) {
                while (pos < s.length() && !isSeparator(s.charAt(pos))) {
                    pos++;
                }

                // Step over bracket pairs that close before this separator; a pair still open
                // at it carries the token on to its ']'.
                extended = false;
                while (true) {
                    final int open = s.indexOf('[', scanFrom);
                    if (open < 0 || open > pos) {
                        break;
                    }
                    final int close = s.indexOf(']', scanFrom);
                    if (close < 0 || close < open) {
                        break;
                    }
                    if (close < pos) {
                        scanFrom = close + 1;
                    } else {
                        pos = close;
                        extended = true;
                        break;
                    }
                }
            }
            tokens.add(s.substring(start, pos));
        }
    }

    private static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }

    /**
     * Adds one token's hosts to {@code into}, or only counts them when {@code into} is null.
     * Returns the number of hosts the token names.
     */
    private static long parseToken(String token, RangeList into) throws HostlistException {
        final int open = token.lastIndexOf('[');
        if (open < 0) {
            return pushHost(token, into);
        }
        final String prefix = token.substring(0, open);
        final String rest = token.substring(open + 1);
        final int close = rest.indexOf(']');

        // SLURM reads an unclosed bracket as part of a host name, closing it itself.
        if (close < 0) {
            return pushHost(prefix.isEmpty() ? rest : prefix + "]", into);
        }
        if (close + 1 < rest.length() && rest.charAt(close + 1) != ',') {
            throw new HostlistException("unexpected text after ']' in " + token);
        }
        try {
            final List<NumberRange> suffixes = parseRangeList(rest.substring(0, close));
            final Outcome outcome = pushRangeList(prefix, suffixes, into);
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.hosts();
        } catch (RangeError e) {
            throw new HostlistException(e.getMessage() + " in " + token);
        }
    }

    private static long pushHost(String name, RangeList into) {
        if (into != null) {
            into.push(HostRange.ofHostName(name));
        }
        return 1;
    }

    /** Hosts pushed, and why the pushing stopped early if it did. */
    private record Outcome(long hosts, RangeError failure) {
    }

    /**
     * Pushes {@code prefix} (which may hold further brackets) combined with every suffix range.
     *
     * <p>SLURM reports a bad bracket in the prefix only when it is the one just before the
     * suffix; in brackets further left it stops quietly, keeping the hosts already pushed. That
     * is reproduced: only the outermost failure is returned.
     */
    private static Outcome pushRangeList(String prefix, List<NumberRange> suffixes,
                                         RangeList into) throws HostlistException, RangeError {
        final int open = prefix.lastIndexOf('[');
        final int close = prefix.lastIndexOf(']');
        if (open < 0 || close < open) {
            long hosts = 0;
            for (final NumberRange suffix : suffixes) {
                if (into != null) {
                    into.push(HostRange.numbered(prefix, suffix.lo(), suffix.hi(),
                            suffix.width()));
                }
                hosts = saturatedAdd(hosts, suffix.count());
            }
            return new Outcome(hosts, null);
        }
        final String before = prefix.substring(0, open);
        final String after = prefix.substring(close + 1);
        final boolean nested = before.indexOf('[') >= 0;
        final List<NumberRange> middles = parseRangeList(prefix.substring(open + 1, close));

        long hosts = 0;
        long numbers = 0;
        for (final NumberRange middle : middles) {
            numbers += middle.count();
            if (Long.compareUnsigned(numbers, MAX_PREFIX_COUNT) > 0) {
                return new Outcome(hosts, new RangeError("too many hosts in prefix range "
                        + middle.lo() + "-" + middle.hi()));
            }
            // LIMIT: SLURM loops forever on a prefix range ending at 2^64-1; it is refused here.
            if (middle.hi() == -1L) {
                throw new HostlistException("number too large in prefix of " + prefix);
            }
            for (long j = middle.lo(); Long.compareUnsigned(j, middle.hi()) <= 0; j++) {
                final String expanded = before + HostRange.pad(j, middle.width()) + after;
                final Outcome part;
                if (nested) {
                    part = pushNested(expanded, suffixes, into);
                } else {
                    part = pushRangeList(expanded, suffixes, into);
                }
                hosts = saturatedAdd(hosts, part.hosts());
                if (into == null) {
                    // Every number of this range gives the same count: no need to build names.
                    hosts = saturatedAdd(hosts, saturatedMultiply(part.hosts(),
                            middle.count() - 1));
                    break;
                }
            }
        }
        return new Outcome(hosts, null);
    }

    private static Outcome pushNested(String prefix, List<NumberRange> suffixes, RangeList into)
            throws HostlistException {
        try {
            final Outcome outcome = pushRangeList(prefix, suffixes, into);
            return new Outcome(outcome.hosts(), null);
        } catch (RangeError e) {
            return new Outcome(0, null);
        }
    }

    /** Reads "1-3,05,7-" into ranges, as SLURM reads the inside of brackets. */
    static List<NumberRange> parseRangeList(String text) throws HostlistException, RangeError {
        final List<NumberRange> ranges = new ArrayList<>();
        int from = 0;
        while (true) {
            if (ranges.size() == MAX_RANGES) {
                throw new HostlistException("more than " + MAX_RANGES
                        + " ranges in one bracket");
            }
            final int comma = text.indexOf(',', from);
            final String item = comma < 0 ? text.substring(from) : text.substring(from, comma);
            ranges.add(parseRange(item));
            if (comma < 0) {
                return ranges;
            }
            from = comma + 1;
        }
    }

    /** One "lo" or "lo-hi" item; the width is the length of the text before the dash. */
    private static NumberRange parseRange(String item) throws RangeError {
        if (item.isEmpty()) {
            throw new RangeError("empty range");
        }
        final int dash = item.indexOf('-');
        final String loText = dash < 0 ? item : item.substring(0, dash);
        final String hiText = dash < 0 ? "" : item.substring(dash + 1);
        if (item.indexOf('x') >= 0 || hiText.startsWith("-")) {
            throw new RangeError("invalid range " + item);
        }

        final CNumbers.Parsed lo = CNumbers.strtoul(loText, 0);
        if (lo.end() == 0) {
            throw new RangeError("invalid range " + item);
        }
        final long hi;
        if (hiText.isEmpty()) {
            if (lo.end() != loText.length()) {
                throw new RangeError("invalid range " + item);
            }
            hi = lo.value();
        } else {
            final CNumbers.Parsed parsedHi = CNumbers.strtoul(hiText, 0);
            if (parsedHi.end() == 0 || parsedHi.end() != hiText.length()) {
                throw new RangeError("invalid range " + item);
            }
            hi = parsedHi.value();
        }

        if (Long.compareUnsigned(lo.value(), hi) > 0) {
            throw new RangeError("invalid range " + item);
        }
        if (Long.compareUnsigned(hi - lo.value() + 1, MAX_RANGE) > 0) {
            throw new RangeError("too many hosts in range " + item);
        }
        return new NumberRange(lo.value(), hi, loText.length());
    }

    private static long saturatedAdd(long a, long b) {
        final long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
