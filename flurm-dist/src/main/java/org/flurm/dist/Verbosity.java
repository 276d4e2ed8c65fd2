package org.flurm.dist;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Turns the count of {@code -v} flags into FLURM's log level, as the SLURM daemons do:
 * none logs INFO, {@code -v} DEBUG, {@code -vv} and more TRACE. Libraries keep logback.xml's
 * level so that a verbose FLURM log stays about FLURM.
 */
public final class Verbosity {

    /** The logger whose level {@code -v} raises; every FLURM logger sits under it. */
    public static final String FLURM_LOGGER = "org.flurm";

    private Verbosity() {}

    /** The level for {@code count} {@code -v} flags. */
    public static Level levelFor(int count) {
        if (count <= 0) {
            return Level.INFO;
        }
        return count == 1 ? Level.DEBUG : Level.TRACE;
    }

    /** Sets FLURM's log level for {@code count} {@code -v} flags. */
    public static void apply(int count) {
        final ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.getLogger(FLURM_LOGGER).setLevel(levelFor(count));
        }
    }
}
