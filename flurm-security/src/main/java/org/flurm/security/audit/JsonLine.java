package org.flurm.security.audit;

/**
 * Writes one JSON object on one line, for the audit log. Strings are escaped as RFC 8259
 * requires: quotation mark, backslash and the control characters U+0000 to U+001F; a lone
 * UTF-16 surrogate, which has no UTF-8 form, is written as a {@code \\u} escape so the line
 * stays valid. Other characters, non-ASCII included, are written as they are.
 */
final class JsonLine {

    private final StringBuilder out = new StringBuilder(160).append('{');
    private boolean first = true;

    /** Adds a string member; a null value is written as JSON's null. */
    JsonLine field(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    /** Adds a number member. */
    JsonLine field(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    /** The finished object, without a line break. */
    String end() {
        return out.append('}').toString();
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(name);
        out.append(':');
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String value, int i) {
        final char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
