package org.flurm.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What starting any FLURM daemon has in common: set the log level, find slurm.conf and make
 * sure it can be read, then hand over to the daemon. A daemon that is not part of this build
 * reports that and ends with {@link ExitCodes#CANNOT_RUN}.
 */
abstract class DaemonCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DaemonCommand.class);

    @Mixin DaemonOptions options;

    @Spec CommandSpec spec;

    /** Logs what this daemon was asked to be, beyond the shared options. */
    void logRequest(String who) {}

    @Override
    public final Integer call() {
        final PrintWriter err = spec.commandLine().getErr();
        final String who = spec.qualifiedName();
        Verbosity.apply(options.verbosity());
        LOG.debug("{}: log level {}", who, Verbosity.levelFor(options.verbosity()));

        // The same file the stock clients read, so one mistake shows up in one place.
        final Path conf;
        try {
            conf = slurmConf(who, err);
        } catch (IOException e) {
            err.printf("%s: cannot write a slurm.conf: %s%n", who, e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        final String problem = whyUnreadable(conf);
        if (problem != null) {
            err.printf("%s: cannot read slurm.conf %s: %s; give -f <file> or set SLURM_CONF%n",
                    who, conf, problem);
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        // The daemon itself parses the file and reports a malformed one with file and line.
        LOG.info("{}: slurm.conf {}", who, conf);
        LOG.debug("{}: foreground={}", who, options.foreground);
        logRequest(who);

        return runDaemon(who, conf, err);
    }

    /** The slurm.conf this daemon reads: {@code -f}, else $SLURM_CONF, else the default. */
    Path slurmConf(String who, PrintWriter err) throws IOException {
        return SlurmConfLocation.resolve(options.configFile, System.getenv());
    }

    /** Runs the daemon until it stops and returns the exit code. */
    abstract int runDaemon(String who, Path conf, PrintWriter err);

    /** Why {@code file} cannot be read as slurm.conf, or null when it can. */
    static String whyUnreadable(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        // Opening it is the test that also holds for root, for whom Files.isReadable is true.
        try (var in = Files.newInputStream(file)) {
            in.read();
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
