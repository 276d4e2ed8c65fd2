package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed {@code --constraint}: feature names joined by {@code &} (or {@code ,}) and {@code |},
 * with parentheses; {@code &} binds tighter than {@code |}. Each node is tested on its own.
 */
// LIMIT: "[a|b]" (all nodes must share one of the features) is read as "(a|b)" per node, and
// counts ("a*2") and the XAND/XOR forms are refused as invalid.
public sealed interface FeatureExpression {

    /** Whether a node with {@code features} satisfies the expression. */
    boolean matches(Set<String> features);

    /** Every feature name the expression mentions. */
    Set<String> names();

    /** The expression that every node satisfies (no constraint). */
    FeatureExpression ANY = new Any();

    /**
     * Parses {@code text}; an empty text is {@link #ANY}.
     *
     * @throws IllegalArgumentException if the text is not a supported expression
     */
    static FeatureExpression parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return ANY;
        }
        Parser parser = new Parser(trimmed);
        FeatureExpression expression = parser.or();
        if (parser.pos != trimmed.length()) {
            throw new IllegalArgumentException("unexpected '" + trimmed.charAt(parser.pos)
                    + "' in constraint " + trimmed);
        }
        return expression;
    }

    /** No constraint. */
    record Any() implements FeatureExpression {
        @Override
        public boolean matches(Set<String> features) {
            return true;
        }

        @Override
        public Set<String> names() {
            return Set.of();
        }
    }

    /** One feature name. */
    record Feature(String name) implements FeatureExpression {
        @Override
        public boolean matches(Set<String> features) {
            return features.contains(name);
        }

        @Override
        public Set<String> names() {
            return Set.of(name);
        }
    }

    /** All of the parts. */
    record And(List<FeatureExpression> parts) implements FeatureExpression {
        @Override
        public boolean matches(Set<String> features) {
            return parts.stream().allMatch(p -> p.matches(features));
        }

        @Override
        public Set<String> names() {
            Set<String> all = new TreeSet<>();
            parts.forEach(p -> all.addAll(p.names()));
            return all;
        }
    }

    /** Any of the parts. */
    record Or(List<FeatureExpression> parts) implements FeatureExpression {
        @Override
        public boolean matches(Set<String> features) {
            return parts.stream().anyMatch(p -> p.matches(features));
        }

        @Override
        public Set<String> names() {
            Set<String> all = new TreeSet<>();
            parts.forEach(p -> all.addAll(p.names()));
            return all;
        }
    }

    /** Recursive descent over the expression text. */
    final class Parser {
        private final String text;
        private int pos;

        private Parser(String text) {
            this.text = text;
        }

        private FeatureExpression or() {
            List<FeatureExpression> parts = new ArrayList<>();
            parts.add(and());
            while (peek() == '|') {
                pos++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.getFirst() : new Or(List.copyOf(parts));
        }

        private FeatureExpression and() {
            List<FeatureExpression> parts = new ArrayList<>();
            parts.add(factor());
            while (peek() == '&' || peek() == ',') {
                pos++;
                parts.add(factor());
            }
            return parts.size() == 1 ? parts.getFirst() : new And(List.copyOf(parts));
        }

        private FeatureExpression factor() {
            char c = peek();
            if (c == '(' || c == '[') {
                pos++;
                FeatureExpression inner = or();
                char close = c == '(' ? ')' : ']';
                if (peek() != close) {
                    throw new IllegalArgumentException("missing '" + close + "' in " + text);
                }
                pos++;
                return inner;
            }
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("feature name expected at position " + pos
                        + " of " + text);
            }
            return new Feature(text.substring(start, pos));
        }

        private char peek() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':'
                    || c == '=';
        }
    }
}
