package org.flurm.controller;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.TimeMeter;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.config.flurm.FlurmConfParser;
import org.flurm.config.flurm.FlurmConfig;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.flurm.config.slurm.SlurmConfParser;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.controller.diag.CountingHandler;
import org.flurm.controller.diag.Diagnostics;
import org.flurm.controller.diag.StatsHandler;
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
import org.flurm.controller.handler.ReconfigureHandler;
import org.flurm.controller.handler.RequestHandler;
import org.flurm.controller.handler.RequeueJobHandler;
import org.flurm.controller.handler.ShutdownHandler;
import org.flurm.controller.handler.SubmitBatchJobHandler;
import org.flurm.controller.handler.UpdateJobHandler;
import org.flurm.controller.handler.UpdateNodeHandler;
import org.flurm.controller.metrics.MetricsFeed;
import org.flurm.controller.scheduling.SchedulerLoop;
import org.flurm.controller.scheduling.SubmissionCheck;
import org.flurm.controller.security.ControllerSecurity;
import org.flurm.controller.security.JobSecrets;
import org.flurm.controller.security.Permissions;
import org.flurm.controller.security.RequestGuard;
import org.flurm.controller.security.UserDirectory;
import org.flurm.controller.server.ControllerServer;
import org.flurm.controller.view.BuildInfoView;
import org.flurm.controller.view.InfoViews;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.state.ConfiguredCluster;
import org.flurm.metrics.FlurmMetrics;
import org.flurm.metrics.MetricsServer;
import org.flurm.metrics.MetricsStartupException;
import org.flurm.protocol.message.MessageType;
import org.flurm.security.audit.AuditLog;
import org.flurm.security.audit.AuditLogAppender;
import org.flurm.security.ratelimit.RateLimiter;
import org.flurm.security.ratelimit.RateLimits;
import org.flurm.security.secrets.FileKeyStore;
import org.flurm.security.secrets.SecretPatterns;
import org.flurm.security.secrets.SecretVault;
import org.flurm.security.startup.StateDirectoryCheck;
import org.flurm.security.startup.UnsafeStartupException;
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

    /** How often the published cluster figures are recounted. */
    private static final long METRICS_INTERVAL_MS = 1000;

    /** The only authentication FLURM speaks. */
    private static final String AUTH_MUNGE = "auth/munge";

    private final CommandLog log;
    private final ControllerServer server;
    private final SchedulerLoop scheduler;
    private final SlurmdSide slurmd;
    private final CountDownLatch stopped;
    private final AuditLogAppender auditFile;
    private final MetricsServer metricsServer;
    private final MetricsFeed metricsFeed;
    private boolean closed;

    private Flurmctld(CommandLog log, ControllerServer server, SchedulerLoop scheduler,
                      SlurmdSide slurmd, CountDownLatch stopped, AuditLogAppender auditFile,
                      MetricsServer metricsServer, MetricsFeed metricsFeed) {
        this.log = log;
        this.server = server;
        this.scheduler = scheduler;
        this.slurmd = slurmd;
        this.stopped = stopped;
        this.auditFile = auditFile;
        this.metricsServer = metricsServer;
        this.metricsFeed = metricsFeed;
    }

    /** The node daemon side: what the nodes reported, the pings, the running jobs. */
    private record SlurmdSide(NodeRegistry registry, NodeMonitor monitor,
                              JobSupervisor supervisor) {
    }

    /** Starts a controller for {@code slurmConf}; it serves until {@link #close()}. */
    public static Flurmctld start(Path slurmConf) throws IOException, ConfigException {
        final SlurmConfig config = SlurmConfParser.parse(slurmConf);
        if (!AUTH_MUNGE.equals(config.authType())) {
            // FLURM proves every message with MUNGE; there is no unauthenticated mode
            throw new ConfigException(List.of(new ConfigProblem(slurmConf, 0, "AuthType="
                    + config.authType() + " is not supported: FLURM authenticates every"
                    + " message with MUNGE, set AuthType=" + AUTH_MUNGE)));
        }
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

        // the state directories hold job scripts and environments: SlurmUser's alone
        final Path stateSave = Path.of(config.stateSaveLocation());
        final Path stateDir = flurm.stateDir().orElse(stateSave.resolve("flurm"));
        verifyStateDirectory(stateSave, slurmUserId);
        verifyStateDirectory(stateDir, slurmUserId);

        // job secrets' keys: beside the replicated state, never inside it
        final Path keyDir = flurm.secretKeyDir().orElse(stateSave.resolve("flurm-job-keys"));
        if (keyDir.normalize().startsWith(stateDir.normalize())) {
            throw new IOException("job key directory " + keyDir + " is inside StateDir "
                    + stateDir + ", which is replicated; set SecretKeyDir in flurm.conf to a"
                    + " directory outside it");
        }
        final JobSecrets secrets = new JobSecrets(new SecretVault(SecretPatterns.of(flurm),
                new FileKeyStore(keyDir), new SecureRandom()), new SecureRandom());

        // the listeners' addresses, before anything is started
        final InetAddress address = controllerAddress(flurm);

        // the state: slurm.conf's cluster with the saved state and the log laid over it
        final CommandLog log = CommandLog.start(config.clusterName(), stateDir,
                flurm.replicationPort(), ConfiguredCluster.from(config),
                CommandLog.DEFAULT_SNAPSHOT_INTERVAL);

        // audit file, metrics endpoint and rate limits
        final AuditLogAppender auditFile;
        final FlurmMetrics metrics = new FlurmMetrics();
        final MetricsServer metricsServer;
        try {
            auditFile = AuditLogAppender.install(flurm.auditLog(),
                    AuditLogAppender.Rotation.defaults());
        } catch (RuntimeException e) {
            log.close();
            throw new IOException("cannot open AuditLog " + flurm.auditLog() + ": "
                    + e.getMessage(), e);
        }
        try {
            metricsServer = MetricsServer.start(flurm, metrics.registry(), () -> true);
        } catch (MetricsStartupException e) {
            auditFile.close();
            log.close();
            throw new IOException(e.getMessage(), e);
        }
        final AuditLog audit = new AuditLog(Clock.systemUTC());
        final RateLimiter limiter = new RateLimiter(RateLimits.of(flurm),
                permissions::isAdministrator, TimeMeter.SYSTEM_NANOTIME);

        // the node daemon side: requests to the nodes are signed for SlurmdUser alone
        final int slurmdUserId = users.uidOf(config.slurmdUser()).orElseThrow(() ->
                new IOException("SlurmdUser " + config.slurmdUser() + " is no known user"));
        final SlurmdClient slurmdClient = new SlurmdClient(authenticator, slurmdUserId,
                config.messageTimeout() * 1000);
        final NodeRegistry registry = new NodeRegistry();
        final AtomicReference<JobSupervisor> launcher = new AtomicReference<>();
        final SchedulerLoop scheduler = new SchedulerLoop(log, Scheduler.withDefaults(),
                config.minJobAge(), registry, jobId -> launcher.get().launch(jobId),
                metrics.scheduler()::observeCycle);
        final JobSupervisor supervisor = new JobSupervisor(log, slurmdClient, scheduler::wake);
        launcher.set(supervisor);
        final SlurmdSide slurmd = new SlurmdSide(registry, new NodeMonitor(log, slurmdClient,
                registry, config.slurmdTimeout(), slurmUserId), supervisor);

        final CountDownLatch stopped = new CountDownLatch(1);
        final Controller controller = new Controller(config, log, permissions, users,
                new InfoViews(config.clusterName(), registry), new BuildInfoView(config),
                new SubmissionCheck(config.enforcePartLimits()),
                System.currentTimeMillis() / 1000, stopped::countDown,
                new ControllerSecurity(audit, metrics, secrets));

        // every request is counted for sdiag
        final Diagnostics diagnostics = new Diagnostics(controller.bootTime());
        final Map<Integer, RequestHandler> handlers = handlers(controller, slurmd, scheduler);
        handlers.put(MessageType.REQUEST_STATS_INFO.id(),
                new StatsHandler(controller, diagnostics, scheduler));
        handlers.put(MessageType.REQUEST_RECONFIGURE.id(),
                new ReconfigureHandler(controller, slurmConf));
        handlers.replaceAll((type, handler) -> new CountingHandler(handler, diagnostics));
        final ControllerServer server = new ControllerServer(handlers, authenticator,
                config.messageTimeout(),
                new RequestGuard(limiter, audit, metrics, users),
                flurm.maxUnauthenticatedConnections());
        final MetricsFeed metricsFeed = new MetricsFeed(log, metrics);
        final Flurmctld ctld = new Flurmctld(log, server, scheduler, slurmd, stopped, auditFile,
                metricsServer, metricsFeed);

        final List<Integer> ports = new ArrayList<>();
        for (int port = config.slurmctldPort().first(); port <= config.slurmctldPort().last();
                port++) {
            ports.add(port);
        }
        try {
            server.start(address, ports);
        } catch (IOException e) {
            ctld.close();
            throw new IOException("cannot listen on SlurmctldPort " + ports + ": "
                    + e.getMessage(), e);
        }
        scheduler.start(SCHEDULER_INTERVAL_MS);
        metricsFeed.start(METRICS_INTERVAL_MS);
        slurmd.monitor().start();
        supervisor.start();
        LOG.info("flurmctld serving cluster {} (next job id {})", config.clusterName(),
                log.snapshot().nextJobId());
        return ctld;
    }

    /** Refuses to start on a state directory others could read, naming the fix. */
    private static void verifyStateDirectory(Path dir, int slurmUserId) throws IOException {
        try {
            StateDirectoryCheck.verify(dir, slurmUserId);
        } catch (UnsafeStartupException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** flurm.conf's ControllerAddress, or null for every address of the host. */
    private static InetAddress controllerAddress(FlurmConfig flurm) throws IOException {
        if (flurm.controllerAddress().isEmpty()) {
            return null;
        }
        try {
            return InetAddress.getByName(flurm.controllerAddress().get());
        } catch (UnknownHostException e) {
            throw new IOException("ControllerAddress " + flurm.controllerAddress().get()
                    + " is no known host", e);
        }
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
        metricsFeed.close();
        metricsServer.close();
        log.close();
        auditFile.close();
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
