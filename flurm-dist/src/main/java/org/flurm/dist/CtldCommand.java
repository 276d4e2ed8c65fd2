package org.flurm.dist;

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

    @Override
    String notAvailable() {
        return "the controller (flurmctld) is not available in this build";
    }
}
