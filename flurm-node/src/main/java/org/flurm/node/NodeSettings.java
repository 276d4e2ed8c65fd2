package org.flurm.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flurm.config.slurm.ClusterLayout;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.flurm.config.slurm.ControllerHost;
import org.flurm.config.slurm.Node;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.node.rpc.ControllerClient.Controller;
import org.flurm.protocol.message.common.SelectJobInfo;

/**
 * What one flurmd needs from slurm.conf: which node it is, where it listens, where the
 * controllers are, who may command it, and the few settings that shape a job's life.
 *
 * @param node            this node's line of slurm.conf, expanded
 * @param hostName        the host's short name (%h, %N)
 * @param controllers     slurmctld hosts in failover order, each with SlurmctldPort's first port
 * @param slurmUserUid    SlurmUser's uid: with root, the only sender of node commands
 * @param spoolDir        SlurmdSpoolDir with %n and %h replaced
 * @param tmpFs           TmpFS, whose size is the node's TmpDisk
 * @param killWait        KillWait: the grace between SIGTERM and SIGKILL
 * @param messageTimeout  MessageTimeout: how long a message to the controller may take
 * @param selectPluginId  the SelectType plugin id the controller puts in SLURM_WORKING_CLUSTER
 */
public record NodeSettings(
        Path slurmConf,
        String clusterName,
        Node node,
        String hostName,
        List<Controller> controllers,
        int slurmUserUid,
        Optional<String> authInfo,
        String communicationParameters,
        Path spoolDir,
        Path tmpFs,
        Duration killWait,
        Duration messageTimeout,
        int selectPluginId) {

    /**
     * Reads this node's settings from a parsed slurm.conf.
     *
     * @param nodeName the NodeName to serve; null means this host's short name
     * @throws ConfigException when the file is not one slurmctld accepts or has no such node
     */
    public static NodeSettings from(SlurmConfig config, String nodeName) throws ConfigException {
        final String hostName = shortHostName();
        final String name = nodeName != null ? nodeName : hostName;
        final ClusterLayout layout = config.validateForController();
        final Node node = layout.nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ConfigException(List.of(new ConfigProblem(
                        config.file(), 0, "NodeName " + name + " is not defined"))));

        final List<Controller> controllers = new ArrayList<>();
        for (ControllerHost host : config.controllers()) {
            controllers.add(new Controller(host.address(), config.slurmctldPort().first()));
        }

        final String spool = config.value("SlurmdSpoolDir").orElse("/var/spool/slurmd")
                .replace("%n", name).replace("%h", hostName);
        return new NodeSettings(config.file(), config.clusterName(), node, hostName,
                controllers, uidOf(config.slurmUser()), config.authInfo(),
                config.value("CommunicationParameters").orElse(""),
                Path.of(spool), Path.of(config.value("TmpFS").orElse("/tmp")),
                Duration.ofSeconds(config.killWait()),
                Duration.ofSeconds(config.messageTimeout()),
                selectPluginId(config.value("SelectType").orElse("select/cons_tres")));
    }

    /** SLURM_WORKING_CLUSTER: cluster, first controller, its port, 22.05's version, plugin. */
    public String workingCluster() {
        final Controller first = controllers.getFirst();
        return clusterName + ":" + first.host() + ":" + first.port() + ":" + 0x2600 + ":"
                + selectPluginId;
    }

    private static int selectPluginId(String selectType) {
        return switch (selectType) {
            case "select/cons_res" -> SelectJobInfo.CONS_RES;
            case "select/linear" -> SelectJobInfo.LINEAR;
            default -> SelectJobInfo.CONS_TRES;
        };
    }

    /** This host's name up to the first dot, which slurmd matches against NodeName. */
    static String shortHostName() {
        try {
            final String name = InetAddress.getLocalHost().getHostName();
            final int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** A user's uid from the passwd database, or a numeric name as given; root when unknown. */
    static int uidOf(String user) {
        if (user.matches("[0-9]+")) {
            return Integer.parseInt(user);
        }
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                final String[] fields = line.split(":");
                if (fields.length > 2 && fields[0].equals(user)) {
                    return Integer.parseInt(fields[2]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
