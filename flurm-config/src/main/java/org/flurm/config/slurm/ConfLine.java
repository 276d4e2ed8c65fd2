package org.flurm.config.slurm;

import java.nio.file.Path;

/**
 * One logical line of a configuration file: comments removed, continuation lines joined and
 * escapes resolved. {@code line} is the number of its first physical line, counted from 1.
 */
public record ConfLine(Path file, int line, String text) {

    /** Text of this line from {@code offset} on, without trailing line ends, for messages. */
    public String textFrom(int offset) {
        String rest = text.substring(offset);
        int end = rest.length();
        while (end > 0 && (rest.charAt(end - 1) == '\n' || rest.charAt(end - 1) == '\r')) {
            end--;
        }
        return rest.substring(0, end);
    }
}
