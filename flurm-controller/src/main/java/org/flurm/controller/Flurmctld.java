package org.flurm.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.config.flurm.FlurmConfParser;
import org.flurm.config.flurm.FlurmConfig;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.SlurmConfParser;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.controller.handler.BuildInfoHandler;
import org.flurm.controller.handler.CompleteBatchScriptHandler;
import org.flurm.controller.handler.EpilogCompleteHandler;
import org.flurm.controller.handler.Controller;
import org.flurm.controller.handler.FederationInfoHandler;
import org.flurm.controller.handler.JobInfoHandler;
import org.flurm.controller.handler.KillJobHandler;
import org.flurm.controller.handler.NodeInfoHandler;
import org.flurm.controller.handler.NodeRegistrationHandler;
import org.flurm.controller.node.JobSupervisor;
import org.flurm.controller.node.NodeMonitor;
import org.flurm.controller.node.NodeRegistry;
import org.flurm.controller.node.SlurmdClient;
import org.flurm.controller.handler.PartitionInfoHandler;
import org.flurm.controller.handler.PingHandler;
import org.flurm.controller.handler.RequestHandler;
import org.flurm.controller.handler.RequeueJobHandler;
import org.flurm.controller.handler.ShutdownHandler;
import org.flurm.controller.handler.SubmitBatchJobHandler;
import org.flurm.controller.handler.UpdateJobHandler;
import org.flurm.controller.handler.UpdateNodeHandler;
import org.flurm.controller.scheduling.SchedulerLoop;
import org.flurm.controller.scheduling.SubmissionCheck;
import org.flurm.controller.security.Permissions;
import org.flurm.controller.security.UserDirectory;
import org.flurm.controller.server.ControllerServer;
import org.flurm.controller.view.BuildInfoView;
import org.flurm.controller.view.InfoViews;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.state.ConfiguredCluster;
import org.flurm.protocol.message.MessageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * flurmctld, the controller: reads slurm.conf (and flurm.conf beside it), recovers the state
 * from the command log, and serves the stock clients on SlurmctldPort until REQUEST_SHUTDOWN
 * or a signal.
 *
 * <p>Options as slurmctld's: {@code -f slurm.conf}, {@code -D} (foreground; FLURM always runs
 * in the foreground and leaves daemonizing to systemd), {@code -v} (more log detail).
 */
public final class Flurmctld implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Flurmctld.class);

    /** How often the scheduler looks at a changed state. */
    private static final long SCHEDULER_INTERVAL_MS = 1000;

    private final CommandLog log;
    private final ControllerServer server;
    private final SchedulerLoop scheduler;
    private final SlurmdSide slurmd;
    private final CountDownLatch stopped;
    private boolean closed;

    private Flurmctld(CommandLog log, ControllerServer server, SchedulerLoop scheduler,
                      SlurmdSide slurmd, CountDownLatch stopped) {
        this.log = log;
        this.server = server;
        this.scheduler = scheduler;
        this.slurmd = slurmd;
        this.stopped = stopped;
    }

    /** The node daemon side: what the nodes reported, the pings, the running jobs. */
    private record SlurmdSide(NodeRegistry registry, NodeMonitor monitor,
                              JobSupervisor supervisor) {
    }

    /** Starts a controller for {@code slurmConf}; it serves until {@link #close()}. */
    public static Flurmctld start(Path slurmConf) throws IOException, ConfigException {
        final SlurmConfig config = SlurmConfParser.parse(slurmConf);
        final Path flurmConf = slurmConf.toAbsolutePath().resolveSibling("flurm.conf");
        final FlurmConfig flurm = Files.isRegularFile(flurmConf)
                ? FlurmConfParser.parse(flurmConf) : FlurmConfig.defaults();

        // who is who, and how messages are proven
        final UserDirectory users = new UserDirectory();
        final int slurmUserId = users.uidOf(config.slurmUser()).orElseThrow(() ->
                new IOException("SlurmUser " + config.slurmUser() + " is no known user"));
        final Permissions permissions = Permissions.resolve(slurmUserId, flurm.administrators(),
                flurm.operators(), users);
        final MessageAuthenticator authenticator = new MessageAuthenticator(
                Munge.fromAuthInfo(config.authInfo().orElse(null)),
                HashPolicy.fromCommunicationParameters(
                        config.value("CommunicationParameters").orElse(null)));

        // the state: slurm.conf's cluster with the saved state and the log laid over it
        final Path stateDir = flurm.stateDir()
                .orElse(Path.of(config.stateSaveLocation()).resolve("flurm"));
        final CommandLog log = CommandLog.start(config.clusterName(), stateDir,
                flurm.replicationPort(), ConfiguredCluster.from(config),
                CommandLog.DEFAULT_SNAPSHOT_INTERVAL);

        // the node daemon side: requests to the nodes are signed for SlurmdUser alone
        final int slurmdUserId = users.uidOf(config.slurmdUser()).orElseThrow(() ->
                new IOException("SlurmdUser " + config.slurmdUser() + " is no known user"));
        final SlurmdClient slurmdClient = new SlurmdClient(authenticator, slurmdUserId,
                config.messageTimeout() * 1000);
        final NodeRegistry registry = new NodeRegistry();
        final AtomicReference<JobSupervisor> launcher = new AtomicReference<>();
        final SchedulerLoop scheduler = new SchedulerLoop(log, Scheduler.withDefaults(),
                registry, jobId -> launcher.get().launch(jobId));
        final JobSupervisor supervisor = new JobSupervisor(log, slurmdClient, scheduler::wake);
        launcher.set(supervisor);
        final SlurmdSide slurmd = new SlurmdSide(registry, new NodeMonitor(log, slurmdClient,
                registry, config.slurmdTimeout(), slurmUserId), supervisor);

        final CountDownLatch stopped = new CountDownLatch(1);
        final Controller controller = new Controller(config, log, permissions, users,
                new InfoViews(config.clusterName(), registry), new BuildInfoView(config),
                new SubmissionCheck(config.enforcePartLimits()),
                System.currentTimeMillis() / 1000, stopped::countDown);
        final ControllerServer server = new ControllerServer(handlers(controller, slurmd,
                scheduler), authenticator, config.messageTimeout());
        final Flurmctld ctld = new Flurmctld(log, server, scheduler, slurmd, stopped);

        // LIMIT: flurm.conf has no listen address yet; every address is served
        final List<Integer> ports = new ArrayList<>();
        for (int port = config.slurmctldPort().first(); port <= config.slurmctldPort().last();
                port++) {
            ports.add(port);
        }
        try {
            server.start(null, ports);
        } catch (IOException e) {
            ctld.close();
            throw new IOException("cannot listen on SlurmctldPort " + ports + ": "
                    + e.getMessage(), e);
        }
        scheduler.start(SCHEDULER_INTERVAL_MS);
        slurmd.monitor().start();
        supervisor.start();
        LOG.info("flurmctld serving cluster {} (next job id {})", config.clusterName(),
                log.snapshot().nextJobId());
        return ctld;
    }

    private static Map<Integer, RequestHandler> handlers(Controller c, SlurmdSide slurmd,
                                                         SchedulerLoop scheduler) {
        final Map<Integer, RequestHandler> handlers = new HashMap<>();
        handlers.put(MessageType.REQUEST_PING.id(), new PingHandler());
        handlers.put(MessageType.REQUEST_SHUTDOWN.id(), new ShutdownHandler(c));
        handlers.put(MessageType.REQUEST_FED_INFO.id(), new FederationInfoHandler());
        handlers.put(MessageType.REQUEST_BUILD_INFO.id(), new BuildInfoHandler(c));
        final JobInfoHandler jobInfo = new JobInfoHandler(c);
        handlers.put(MessageType.REQUEST_JOB_INFO.id(), jobInfo);
        handlers.put(MessageType.REQUEST_JOB_INFO_SINGLE.id(), jobInfo);
        handlers.put(MessageType.REQUEST_JOB_USER_INFO.id(), jobInfo);
        final NodeInfoHandler nodeInfo = new NodeInfoHandler(c);
        handlers.put(MessageType.REQUEST_NODE_INFO.id(), nodeInfo);
        handlers.put(MessageType.REQUEST_NODE_INFO_SINGLE.id(), nodeInfo);
        handlers.put(MessageType.REQUEST_PARTITION_INFO.id(), new PartitionInfoHandler(c));
        handlers.put(MessageType.REQUEST_SUBMIT_BATCH_JOB.id(), new SubmitBatchJobHandler(c));
        final KillJobHandler kill = new KillJobHandler(c);
        handlers.put(MessageType.REQUEST_KILL_JOB.id(), kill);
        handlers.put(MessageType.REQUEST_CANCEL_JOB_STEP.id(), kill);
        handlers.put(MessageType.REQUEST_UPDATE_JOB.id(), new UpdateJobHandler(c));
        handlers.put(MessageType.REQUEST_UPDATE_NODE.id(), new UpdateNodeHandler(c));
        handlers.put(MessageType.REQUEST_JOB_REQUEUE.id(), new RequeueJobHandler(c));
        handlers.put(MessageType.MESSAGE_NODE_REGISTRATION_STATUS.id(),
                new NodeRegistrationHandler(c, slurmd.registry(), scheduler::wake));
        handlers.put(MessageType.REQUEST_COMPLETE_BATCH_SCRIPT.id(),
                new CompleteBatchScriptHandler(c, slurmd.supervisor()::wake));
        handlers.put(MessageType.MESSAGE_EPILOG_COMPLETE.id(),
                new EpilogCompleteHandler(c, scheduler::wake));
        return handlers;
    }

    /** Blocks until REQUEST_SHUTDOWN arrives. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Stops serving and closes the log; a second call waits for the first and does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        slurmd.monitor().close();
        slurmd.supervisor().close();
        scheduler.close();
        log.close();
        LOG.info("flurmctld stopped");
    }

    /** Runs the controller from the command line; exit status 0 after a clean shutdown. */
    public static void main(String[] args) throws Exception {
        Path conf = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-f" -> conf = Path.of(args[++i]);
                case "-D", "-v", "-vv", "-vvv" -> {
                    // always in the foreground; log detail is set by the launcher
                }
                default -> {
                    System.err.println("flurmctld: unknown option " + args[i]
                            + " (usage: flurmctld [-D] [-v] [-f slurm.conf])");
                    System.exit(2);
                }
            }
        }
        if (conf == null) {
            final String env = System.getenv("SLURM_CONF");
            conf = Path.of(env != null ? env : "/etc/slurm/slurm.conf");
        }
        try {
            System.exit(run(conf));
        } catch (ConfigException e) {
            System.err.println("flurmctld: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts, serves until REQUEST_SHUTDOWN or a signal, stops; returns the exit status. On a
     * signal the shutdown hook does the clean stop itself, since the JVM ends once its hooks
     * have run.
     */
    public static int run(Path conf) throws Exception {
        final Flurmctld ctld = start(conf);
        final Thread hook = new Thread(() -> {
            LOG.info("stopping on a signal");
            ctld.stopped.countDown();
            try {
                ctld.close();
            } catch (IOException e) {
                LOG.warn("stopping: {}", e.getMessage());
            }
        }, "flurmctld-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ctld.awaitShutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already stopping: the hook closes the controller
        }
        ctld.close();
        return 0;
    }
}
