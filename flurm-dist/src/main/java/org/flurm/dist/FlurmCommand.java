package org.flurm.dist;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code flurm} command: one entry point whose subcommands start the FLURM daemons, with
 * the options the SLURM daemons they replace take.
 */
@Command(
        name = "flurm",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "FLURM: a workload manager that the stock SLURM 22.05 commands talk to.",
        subcommands = {
            CtldCommand.class,
            NodeCommand.class,
            DbdCommand.class,
            StandaloneCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
public final class FlurmCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    /** Without a subcommand there is nothing to run: that is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(), "Missing subcommand: one of ctld, node, dbd, standalone");
    }

    /** The command line with every subcommand, ready to {@code execute}. */
    public static CommandLine commandLine() {
        return new CommandLine(new FlurmCommand());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
