package org.flurm.dist;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.flurm.config.slurm.ConfigException;
import org.flurm.controller.Flurmctld;

import picocli.CommandLine.Command;

/** {@code flurm ctld}: the controller, flurmctld, which plays slurmctld. */
@Command(
        name = "ctld",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "Run the controller, flurmctld (plays slurmctld).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
final class CtldCommand extends DaemonCommand {

    /** Runs flurmctld until REQUEST_SHUTDOWN or a signal; a slurm.conf it refuses ends it. */
    @Override
    int runDaemon(String who, Path conf, PrintWriter err) {
        try {
            return Flurmctld.run(conf);
        } catch (ConfigException e) {
            // the message names the file and the line
            err.printf("%s: %s%n", who, e.getMessage());
        } catch (Exception e) {
            err.printf("%s: %s%n", who, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        err.flush();
        return ExitCodes.CANNOT_RUN;
    }
}
