package org.flurm.dist;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every FLURM daemon takes, spelled as the SLURM daemons spell them. */
public final class DaemonOptions {

    @Option(names = "-D", description = "Run in the foreground, as the SLURM daemons do with -D.")
    boolean foreground;

    @Option(
            names = "-f",
            paramLabel = "<file>",
            description = "slurm.conf to read (default: $SLURM_CONF, else /etc/slurm/slurm.conf).")
    Path configFile;

    @Option(names = "-v", description = "Log more: -v for DEBUG, -vv for TRACE (default INFO).")
    boolean[] verbose = new boolean[0];

    /** How many times {@code -v} was given. */
    int verbosity() {
        return verbose.length;
    }
}
