package org.flurm.config.slurm;

import java.nio.file.Path;

/**
 * One thing wrong with (or, as a warning, odd about) a configuration file: where it is and
 * what it is. {@code line} is 0 when the problem belongs to the file as a whole (a required
 * key that is missing, say).
 */
public record ConfigProblem(Path file, int line, String message) {

    /** A problem on a known line. */
    static ConfigProblem at(ConfLine line, String message) {
        return new ConfigProblem(line.file(), line.line(), message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
