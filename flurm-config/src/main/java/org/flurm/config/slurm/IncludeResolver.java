package org.flurm.config.slurm;

import java.nio.file.Path;

/**
 * Turns the path written after {@code Include} (with {@code %c} already replaced) into the
 * file to read. {@link #SLURM} is SLURM's rule; tests and tools can map paths elsewhere, for
 * example an absolute path of the machine a configuration was written for.
 */
@FunctionalInterface
public interface IncludeResolver {

    /** SLURM's rule: absolute paths as written, relative ones next to the including file. */
    IncludeResolver SLURM = (written, includingFile) -> {
        Path path = Path.of(written);
        if (path.isAbsolute()) {
            return path;
        }
        Path dir = includingFile.getParent();
        return dir == null ? path : dir.resolve(path);
    };

    /** The file that {@code written}, found in {@code includingFile}, refers to. */
    Path resolve(String written, Path includingFile);
}
