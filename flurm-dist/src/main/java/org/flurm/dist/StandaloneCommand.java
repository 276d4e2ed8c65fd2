package org.flurm.dist;

import picocli.CommandLine.Command;

/** {@code flurm standalone}: controller, node daemon and accounting daemon on one machine. */
@Command(
        name = "standalone",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "Run all three daemons as a one-machine cluster.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
final class StandaloneCommand extends DaemonCommand {

    @Override
    String notAvailable() {
        return "the one-machine cluster is not available in this build"
                + " (flurmctld, flurmd and flurmdbd do not exist yet)";
    }
}
