package org.flurm.security.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of the JSON the audit log writes: one object whose values are strings,
 * integers or null. Anything else, trailing text included, is an error, so a malformed line fails
 * the test that reads it.
 */
final class TinyJson {

    /** What a JSON null reads as. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private int at;

    private TinyJson(String text) {
        this.text = text;
    }

    static Map<String, Object> parseObject(String text) {
        final TinyJson reader = new TinyJson(text);
        final Map<String, Object> object = reader.object();
        if (reader.at != text.length()) {
            throw new IllegalArgumentException("text after the object at " + reader.at);
        }
        return object;
    }

    private Map<String, Object> object() {
        expect('{');
        final Map<String, Object> members = new LinkedHashMap<>();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            final String name = string();
            expect(':');
            final Object value = peek() == '"' ? string() : peek() == 'n' ? nul() : number();
            if (members.containsKey(name)) {
                throw new IllegalArgumentException("duplicate member " + name);
            }
            members.put(name, value);
            final char next = next();
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected , or } at " + (at - 1));
            }
        }
    }

    private String string() {
        expect('"');
        final StringBuilder value = new StringBuilder();
        while (true) {
            final char c = next();
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("raw control character at " + (at - 1));
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            final char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw new IllegalArgumentException("bad escape at " + (at - 1));
            }
        }
    }

    /** JSON's null, kept as {@link #NULL} because maps in assertions cannot hold null. */
    private Object nul() {
        if (!text.startsWith("null", at)) {
            throw new IllegalArgumentException("bad value at " + at);
        }
        at += 4;
        return NULL;
    }

    private Long number() {
        final int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        return Long.parseLong(text.substring(start, at));
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private char next() {
        return text.charAt(at++);
    }
}
