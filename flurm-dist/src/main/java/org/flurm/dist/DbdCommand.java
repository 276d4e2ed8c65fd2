package org.flurm.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.flurm.dbd.DbdConfig;
import org.flurm.dbd.Flurmdbd;
import picocli.CommandLine.Command;

/** {@code flurm dbd}: the accounting daemon, flurmdbd, which plays slurmdbd. */
@Command(
        name = "dbd",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "Run the accounting daemon, flurmdbd (plays slurmdbd).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
final class DbdCommand extends DaemonCommand {

    @Override
    int runDaemon(String who, Path slurmConf, PrintWriter err) {
        // slurmdbd reads slurmdbd.conf from the directory of slurm.conf
        final Path file = DbdConfig.beside(slurmConf);
        final String problem = whyUnreadable(file);
        if (problem != null) {
            err.printf("%s: cannot read slurmdbd.conf %s: %s%n", who, file, problem);
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        try (Flurmdbd dbd = Flurmdbd.start(DbdConfig.read(file))) {
            dbd.serve();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.printf("%s: %s%n", who, e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
    }
}
