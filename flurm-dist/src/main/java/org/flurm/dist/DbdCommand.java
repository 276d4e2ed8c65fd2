package org.flurm.dist;

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
    String notAvailable() {
        return "the accounting daemon (flurmdbd) is not available in this build";
    }
}
