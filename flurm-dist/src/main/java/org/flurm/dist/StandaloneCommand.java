package org.flurm.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flurm.auth.munge.Munge;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.flurm.config.slurm.Node;
import org.flurm.config.slurm.SlurmConfParser;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.controller.Flurmctld;
import org.flurm.dist.standalone.LocalNodes;
import org.flurm.dist.standalone.PrivateMunged;
import org.flurm.dist.standalone.StandaloneConf;
import org.flurm.node.Flurmd;
import org.flurm.node.NodeDaemon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flurm standalone}: a one-machine cluster. It runs the controller and one node daemon
 * for each node slurm.conf places on this host, plus a munged of its own when no munged serves
 * the socket AuthInfo names, until SIGINT, SIGTERM or {@code scontrol shutdown}.
 *
 * <p>The controller and the node daemons run as threads of this one JVM: each is already a
 * self-contained object with its own listening port, so threads cost one JVM instead of one
 * per daemon on a small machine, share one log, and stop together in a fixed order (nodes,
 * which end their jobs, then the controller) without signalling children. munged is a C
 * program and so the one child process.
 */
@Command(
        name = "standalone",
        mixinStandardHelpOptions = true,
        separator = " ",
        versionProvider = FlurmVersion.Provider.class,
        description = "Run a one-machine cluster: controller, node daemons and munged.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2})
final class StandaloneCommand extends DaemonCommand {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneCommand.class);

    /** Where the written slurm.conf and the cluster's state go unless --state-dir says. */
    static final Path DEFAULT_STATE_DIR = Path.of("run", "standalone");

    @Option(
            names = "--state-dir",
            paramLabel = "<dir>",
            description = "Where to write slurm.conf, flurm.conf, the munge key and the state"
                    + " when neither -f nor $SLURM_CONF names a slurm.conf"
                    + " (default: ./run/standalone).")
    Path stateDir = DEFAULT_STATE_DIR;

    /** What runs, so that it can be stopped in order once. */
    private final List<NodeDaemon> nodes = new ArrayList<>();
    private Flurmctld controller;
    private PrivateMunged munged;

    /** -f, else $SLURM_CONF, else the state folder's slurm.conf, written when missing. */
    @Override
    Path slurmConf(String who, PrintWriter err) throws IOException {
        final String fromEnvironment = System.getenv("SLURM_CONF");
        if (options.configFile != null
                || (fromEnvironment != null && !fromEnvironment.isBlank())) {
            return super.slurmConf(who, err);
        }
        final Path conf = StandaloneConf.slurmConfIn(stateDir);
        if (Files.exists(conf)) {
            LOG.info("{}: using {} as written before", who, conf);
            return conf;
        }
        final StandaloneConf written = StandaloneConf.forThisHost(shortHostName(),
                Runtime.getRuntime().availableProcessors(), memoryMb());
        written.write(stateDir);
        LOG.info("{}: wrote {} and flurm.conf beside it", who, conf);
        return conf;
    }

    @Override
    int runDaemon(String who, Path conf, PrintWriter err) {
        final PrintWriter out = spec.commandLine().getOut();
        final Thread hook = new Thread(this::stopAll, "standalone-stop");
        final SlurmConfig config;
        final List<Node> local;
        try {
            config = SlurmConfParser.parse(conf);
            local = LocalNodes.of(config.validateForController().nodes());
            final String refusal = refusal(config, conf, local);
            if (refusal != null) {
                err.printf("%s: %s%n", who, refusal);
                err.flush();
                return ExitCodes.CANNOT_RUN;
            }
            if (!runsAsRoot()) {
                // LIMIT: without root the node daemons cannot start jobs as their users
                LOG.warn("{}: not running as root: the queue works, but jobs will not start",
                        who);
            }
            Runtime.getRuntime().addShutdownHook(hook);
            startAll(config, conf, local);
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                final String where = problem.line() > 0
                        ? problem.file() + ":" + problem.line() : String.valueOf(problem.file());
                err.printf("%s: %s: %s%n", who, where, problem.message());
            }
            return failed(err, hook);
        } catch (IOException | RuntimeException e) {
            err.printf("%s: %s%n", who, e.getMessage() == null ? e.toString() : e.getMessage());
            return failed(err, hook);
        }

        // what a user needs to reach the cluster, on stdout where scripts can take it
        out.printf("%s: controller on port %d, nodes %s%s%n", who,
                config.slurmctldPort().first(),
                String.join(",", local.stream().map(Node::name).toList()),
                munged != null ? ", munged pid " + munged.pid() : "");
        out.printf("export SLURM_CONF=%s%n", conf.toAbsolutePath());
        out.flush();

        // until scontrol shutdown; on a signal the hook stops everything and the JVM ends
        try {
            controller.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeHook(hook);
        stopAll();
        return 0;
    }

    /** Why this cluster cannot run here, or null when it can. */
    private static String refusal(SlurmConfig config, Path conf, List<Node> local) {
        if (local.isEmpty()) {
            return "no node of " + conf + " is on this host: give one a NodeAddr or"
                    + " NodeHostname of this host (localhost will do)";
        }
        // the daemons verify credentials meant for SlurmUser, so they must run as it or root
        final String me = System.getProperty("user.name");
        if (!runsAsRoot() && !config.slurmUser().equals(me)) {
            return conf + " names SlurmUser=" + config.slurmUser() + " but this runs as " + me
                    + ": run it as root (the node daemons start jobs as their users)";
        }
        return null;
    }

    /** munged when needed, then the controller, then the nodes, which register with it. */
    private void startAll(SlurmConfig config, Path conf, List<Node> local)
            throws IOException, ConfigException {
        final Path socket = Munge.fromAuthInfo(config.authInfo().orElse(null)).socket();
        if (!PrivateMunged.served(socket)) {
            if (config.authInfo().isEmpty()) {
                throw new IOException("no munged serves " + socket + ": start munge, or name"
                        + " a socket of this cluster's own in AuthInfo=socket=<path>");
            }
            synchronized (this) {
                munged = PrivateMunged.start(socket);
            }
        }
        final Flurmctld ctld = Flurmctld.start(conf);
        synchronized (this) {
            controller = ctld;
        }
        for (Node node : local) {
            final NodeDaemon daemon = Flurmd.start(conf, node.name());
            synchronized (this) {
                nodes.add(daemon);
            }
            LOG.info("flurmd node={} port={}", node.name(), node.port());
        }
    }

    /** Stops what runs: nodes first, so that their jobs end, then the controller, munged. */
    private synchronized void stopAll() {
        for (NodeDaemon node : nodes.reversed()) {
            node.close();
        }
        nodes.clear();
        if (controller != null) {
            try {
                controller.close();
            } catch (IOException e) {
                LOG.warn("stopping flurmctld: {}", e.getMessage());
            }
            controller = null;
        }
        if (munged != null) {
            munged.close();
            munged = null;
        }
    }

    private int failed(PrintWriter err, Thread hook) {
        err.flush();
        removeHook(hook);
        stopAll();
        return ExitCodes.CANNOT_RUN;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook stops everything itself
        }
    }

    private static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"),
                    "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** This host's name up to the first dot: the NodeName of the slurm.conf it writes. */
    private static String shortHostName() {
        try {
            final String name = java.net.InetAddress.getLocalHost().getHostName();
            final int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** MemTotal of /proc/meminfo in MB, which is what the node daemon reports. */
    private static long memoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return 1024;
    }
}
