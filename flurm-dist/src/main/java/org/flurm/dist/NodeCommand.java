package org.flurm.dist;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.flurm.node.Flurmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flurm node}: the node daemon, flurmd, which plays slurmd on one compute host. */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "Run the node daemon on this host, flurmd (plays slurmd).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
final class NodeCommand extends DaemonCommand {

    private static final Logger LOG = LoggerFactory.getLogger(NodeCommand.class);

    @Option(
            names = "-N",
            paramLabel = "<nodename>",
            description = "Be this NodeName of slurm.conf (default: this host's short name).")
    String nodeName;

    @Override
    int runDaemon(String who, Path conf, PrintWriter err) {
        return Flurmd.run(conf, nodeName, who, err);
    }

    @Override
    void logRequest(String who) {
        LOG.info("{}: node={}", who, nodeName != null ? nodeName : shortHostName());
    }

    /** This host's name up to the first dot, which slurmd matches against NodeName. */
    private static String shortHostName() {
        try {
            final String name = InetAddress.getLocalHost().getHostName();
            final int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
