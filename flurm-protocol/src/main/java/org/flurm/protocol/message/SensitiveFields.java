package org.flurm.protocol.message;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Set;

/**
 * The text a message record shows of itself, with job scripts, environments, arguments and
 * signatures reduced to their size.
 *
 * <p>A record's generated {@code toString} prints every component, so the first log line or
 * exception message that mentions a submission would carry the user's script and secrets.
 * Records holding such fields override {@code toString} with {@link #describe}. This runs only
 * when a record is turned into text, never on the wire path.
 */
public final class SensitiveFields {

    private SensitiveFields() {
    }

    /** The record's name and components, each named in {@code sensitive} shown only by size. */
    public static String describe(Record record, Set<String> sensitive) {
        final StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
        final RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            final RecordComponent component = components[i];
            if (i > 0) {
                text.append(", ");
            }
            text.append(component.getName()).append('=');
            final Object value = valueOf(record, component);
            text.append(sensitive.contains(component.getName()) ? sizeOf(value) : value);
        }
        return text.append(']').toString();
    }

    private static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "<unreadable>";
        }
    }

    private static String sizeOf(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "<" + s.length() + " chars>";
            case Collection<?> c -> "<" + c.size() + " entries>";
            case byte[] b -> "<" + b.length + " bytes>";
            default -> "<hidden>";
        };
    }
}
