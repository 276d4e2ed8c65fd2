package org.flurm.dist;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a daemon finds slurm.conf, in the order the SLURM daemons use: the {@code -f} option,
 * then the {@code SLURM_CONF} environment variable, then {@code /etc/slurm/slurm.conf}.
 */
public final class SlurmConfLocation {

    /** The compiled-in default of Debian's SLURM packages. */
    public static final Path DEFAULT = Path.of("/etc/slurm/slurm.conf");

    private SlurmConfLocation() {}

    /**
     * Picks the slurm.conf to read.
     *
     * @param option the {@code -f} value, or null when the option was not given
     * @param environment the process environment
     */
    public static Path resolve(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        final String fromEnvironment = environment.get("SLURM_CONF");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return DEFAULT;
    }
}
