package org.flurm.config.slurm;

import java.nio.file.Path;

/** The value a main-file key was given, and where (the last assignment wins, as in SLURM). */
public record Setting(String key, String value, Path file, int line) {
}
