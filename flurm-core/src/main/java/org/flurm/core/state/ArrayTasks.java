package org.flurm.core.state;

import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks of a job array that are still pending together in the array's own record, and
 * how many of its tasks may run at once ({@code --array=0-9%2}). Tasks leave the set when
 * they are split off into jobs of their own (when they start) or cancelled.
 *
 * <p>Immutable: the set is kept as SLURM's hex bitmap text ({@code 0x3FF} for tasks 0 to 9),
 * the form RESPONSE_JOB_INFO carries it in, which the clients turn into {@code 0-9%2}.
 *
 * @param hex       the pending tasks, bit i for task i, as {@code 0x} and hex digits
 * @param throttle  tasks allowed to run at once, 0 for no limit
 */
public record ArrayTasks(String hex, int throttle) {

    /** slurm.conf's default MaxArraySize: task ids run from 0 to 1000. */
    public static final int MAX_ARRAY_SIZE = 1001;

    public ArrayTasks {
        Objects.requireNonNull(hex, "hex");
        if (!hex.startsWith("0x") || hex.length() < 3 || !hex.substring(2).chars()
                .allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("not a hex bitmap: " + hex);
        }
    }

    /** The set of {@code tasks}. */
    public static ArrayTasks of(BitSet tasks, int throttle) {
        final StringBuilder text = new StringBuilder();
        final int digits = Math.max(1, (tasks.length() + 3) / 4);
        for (int d = digits - 1; d >= 0; d--) {
            int nibble = 0;
            for (int b = 3; b >= 0; b--) {
                nibble = nibble << 1 | (tasks.get(d * 4 + b) ? 1 : 0);
            }
            text.append(Character.toUpperCase(Character.forDigit(nibble, 16)));
        }
        return new ArrayTasks("0x" + text, throttle);
    }

    /**
     * Reads sbatch's {@code --array} expression: comma-separated ids and ranges
     * {@code a-b} with an optional {@code :step}, then an optional {@code %throttle}; empty
     * when it is malformed or names a task of MaxArraySize or above.
     */
    public static Optional<ArrayTasks> parse(String expression) {
        String text = expression.strip();
        int throttle = 0;
        final int percent = text.indexOf('%');
        try {
            if (percent >= 0) {
                throttle = Integer.parseInt(text.substring(percent + 1));
                text = text.substring(0, percent);
            }
            final BitSet tasks = new BitSet();
            for (String part : text.split(",")) {
                final String[] rangeAndStep = part.split(":");
                final String[] bounds = rangeAndStep[0].split("-");
                final int first = Integer.parseInt(bounds[0]);
                final int last = bounds.length > 1 ? Integer.parseInt(bounds[1]) : first;
                final int step = rangeAndStep.length > 1 ? Integer.parseInt(rangeAndStep[1]) : 1;
                if (bounds.length > 2 || rangeAndStep.length > 2 || first < 0 || last < first
                        || step < 1 || last >= MAX_ARRAY_SIZE) {
                    return Optional.empty();
                }
                for (int task = first; task <= last; task += step) {
                    tasks.set(task);
                }
            }
            if (tasks.isEmpty() || throttle < 0) {
                return Optional.empty();
            }
            return Optional.of(of(tasks, throttle));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pending task ids. */
    public BitSet tasks() {
        final BitSet tasks = new BitSet();
        final int digits = hex.length() - 2;
        for (int i = 0; i < digits; i++) {
            final int nibble = Character.digit(hex.charAt(hex.length() - 1 - i), 16);
            for (int b = 0; b < 4; b++) {
                if ((nibble >> b & 1) != 0) {
                    tasks.set(i * 4 + b);
                }
            }
        }
        return tasks;
    }

    public boolean contains(int task) {
        return task >= 0 && tasks().get(task);
    }

    public boolean isEmpty() {
        return tasks().isEmpty();
    }

    /** The set without {@code task}. */
    public ArrayTasks without(int task) {
        final BitSet tasks = tasks();
        tasks.clear(task);
        return of(tasks, throttle);
    }
}
