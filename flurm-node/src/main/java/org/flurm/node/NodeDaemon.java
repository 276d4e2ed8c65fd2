package org.flurm.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.flurm.auth.AuthenticationException;
import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.node.host.HostResources;
import org.flurm.node.job.NodeJobs;
import org.flurm.node.proctrack.ProcessTracking;
import org.flurm.node.rpc.ControllerClient;
import org.flurm.node.rpc.Messenger.Received;
import org.flurm.node.rpc.Messenger;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;
import org.flurm.protocol.message.slurmd.CompleteBatchScript;
import org.flurm.protocol.message.slurmd.EpilogComplete;
import org.flurm.protocol.message.slurmd.KillJob;
import org.flurm.protocol.message.slurmd.PingSlurmdResponse;
import org.flurm.protocol.message.slurmd.SignalTasks;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * flurmd at work: listens on the node's port, answers slurmctld's requests as slurmd does
 * (one request and at most one reply per connection), registers the node at start and
 * whenever the controller asks, and runs the batch jobs it is sent.
 */
public final class NodeDaemon implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeDaemon.class);

    static final int REQUEST_NODE_REGISTRATION_STATUS = 1001;
    static final int MESSAGE_NODE_REGISTRATION_STATUS = 1002;
    static final int REQUEST_RECONFIGURE = 1003;
    static final int REQUEST_SHUTDOWN = 1005;
    static final int REQUEST_PING = 1008;
    static final int REQUEST_HEALTH_CHECK = 1011;
    static final int RESPONSE_PING_SLURMD = 1016;
    static final int RESPONSE_NODE_REGISTRATION = 1024;
    static final int REQUEST_BATCH_JOB_LAUNCH = 4005;
    static final int REQUEST_COMPLETE_BATCH_SCRIPT = 5018;
    static final int REQUEST_SIGNAL_TASKS = 6004;
    static final int REQUEST_TERMINATE_TASKS = 6006;
    static final int REQUEST_KILL_TIMELIMIT = 6009;
    static final int REQUEST_TERMINATE_JOB = 6011;
    static final int MESSAGE_EPILOG_COMPLETE = 6012;
    static final int REQUEST_ABORT_JOB = 6013;
    static final int REQUEST_KILL_PREEMPTED = 6016;
    static final int RESPONSE_SLURM_RC = 8001;

    private static final Duration REGISTER_RETRY = Duration.ofSeconds(5);
    private static final int SIGTERM = 15;

    private final NodeSettings settings;
    private final Messenger messenger;
    private final ControllerClient controller;
    private final ProcessTracking tracking;
    private final NodeJobs jobs;
    private final long startTime = Instant.now().getEpochSecond();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ServerSocket server;
    private volatile boolean closing;
    private final AtomicInteger registrations = new AtomicInteger();

    public NodeDaemon(NodeSettings settings, boolean useCgroup) {
        this.settings = settings;
        final Munge munge = settings.authInfo().map(Munge::fromAuthInfo)
                .orElseGet(Munge::withDefaults);
        this.messenger = new Messenger(new MessageAuthenticator(munge,
                HashPolicy.fromCommunicationParameters(settings.communicationParameters())));
        this.controller = new ControllerClient(settings.controllers(), messenger,
                settings.messageTimeout(), settings.slurmUserUid());
        this.tracking = ProcessTracking.forHost(settings.node().name(), settings.node().port(),
                useCgroup);
        this.jobs = new NodeJobs(settings, tracking, new NodeJobs.ControllerReports() {
                    @Override
                    public void completeBatchScript(CompleteBatchScript report)
                            throws IOException {
                        expectSuccess(controller.call(REQUEST_COMPLETE_BATCH_SCRIPT, report),
                                "batch completion of job " + report.jobId());
                    }

                    @Override
                    public void epilogComplete(EpilogComplete report) throws IOException {
                        controller.sendOneWay(MESSAGE_EPILOG_COMPLETE, report);
                    }
                });
    }

    /** Binds the node's port and starts serving and registering; returns at once. */
    public void start() throws IOException {
        if (!runsAsRoot()) {
            LOG.error("node={}: flurmd is not running as root; it cannot start jobs as their"
                    + " users (SlurmdUser must be root)", settings.node().name());
        }
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(settings.node().port()));
        LOG.info("node={}: flurmd listening on port {}", settings.node().name(),
                settings.node().port());
        Thread.ofPlatform().name("flurmd-accept").start(this::acceptLoop);
        Thread.ofVirtual().name("flurmd-register").start(this::registerUntilAccepted);
    }

    /** How many registrations slurmctld has accepted since the start. */
    public int registrations() {
        return registrations.get();
    }

    /** Blocks until the daemon is closed (or told to shut down by slurmctld). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        closing = true;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the listener: {}", e.getMessage());
        }
        jobs.shutdown();
        tracking.close();
        stopped.countDown();
    }

    private void acceptLoop() {
        while (!closing) {
            try {
                final Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (SocketException e) {
                if (!closing) {
                    LOG.error("node={}: listener failed: {}", settings.node().name(),
                            e.getMessage());
                }
                return;
            } catch (IOException e) {
                LOG.warn("accept: {}", e.getMessage());
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) settings.messageTimeout().toMillis());
            final Received request;
            try {
                request = messenger.read(socket.getInputStream());
            } catch (AuthenticationException e) {
                LOG.warn("node={}: message from {} dropped, authentication failed: {}",
                        settings.node().name(), socket.getRemoteSocketAddress(), e.getMessage());
                return;
            } catch (DecodeException e) {
                LOG.warn("node={}: message from {} dropped, cannot be read: {}",
                        settings.node().name(), socket.getRemoteSocketAddress(), e.getMessage());
                return;
            }
            LOG.debug("node={}: {} from uid {}", settings.node().name(),
                    MessageType.nameOf(request.msgType()), request.sender().uid());
            handle(socket, request);
        } catch (IOException e) {
            LOG.debug("connection {}: {}", socket.getRemoteSocketAddress(), e.getMessage());
        }
    }

    private void handle(Socket socket, Received request) throws IOException {
        final int type = request.msgType();
        if (request.frame().header().forward() != null) {
            // LIMIT: messages slurmctld asks to relay (TreeWidth below the node count) are
            // handled here but not forwarded, and no replies are gathered for the others;
            // slurmctld then waits for those nodes until its message timeout.
            LOG.warn("node={}: {} asks to be forwarded to {}; not relayed",
                    settings.node().name(), MessageType.nameOf(type),
                    request.frame().header().forward().nodelist());
        }
        final boolean privileged = isPrivileged(request.sender().uid());
        if (!privileged && type != REQUEST_SIGNAL_TASKS && type != REQUEST_TERMINATE_TASKS) {
            LOG.warn("node={}: {} from uid {} refused: only root and SlurmUser may send it",
                    settings.node().name(), MessageType.nameOf(type), request.sender().uid());
            rc(socket, request, SlurmErrno.ESLURM_USER_ID_MISSING.code());
            return;
        }

        switch (type) {
            case REQUEST_PING -> ping(socket, request);
            case REQUEST_NODE_REGISTRATION_STATUS -> {
                ping(socket, request);
                register(true);
            }
            case REQUEST_RECONFIGURE -> {
                // slurmd sends no reply; it re-reads its configuration and registers again
                // LIMIT: slurm.conf is not re-read, only the registration is repeated
                register(false);
            }
            case REQUEST_HEALTH_CHECK -> {
                // LIMIT: HealthCheckProgram is not run; the node always reports healthy
                rc(socket, request, SlurmErrno.SLURM_SUCCESS.code());
            }
            case REQUEST_SHUTDOWN -> {
                rc(socket, request, SlurmErrno.SLURM_SUCCESS.code());
                LOG.info("node={}: shutdown requested by slurmctld", settings.node().name());
                close();
            }
            case REQUEST_BATCH_JOB_LAUNCH ->
                    rc(socket, request, jobs.launch((BatchJobLaunch) request.body()));
            case REQUEST_TERMINATE_JOB, REQUEST_KILL_TIMELIMIT, REQUEST_ABORT_JOB,
                 REQUEST_KILL_PREEMPTED ->
                    rc(socket, request, jobs.terminate((KillJob) request.body(), type));
            case REQUEST_SIGNAL_TASKS -> rc(socket, request,
                    jobs.signal((SignalTasks) request.body(), request.sender().uid(),
                            privileged));
            case REQUEST_TERMINATE_TASKS -> {
                final SignalTasks tasks = (SignalTasks) request.body();
                rc(socket, request, jobs.signal(new SignalTasks(tasks.stepId(),
                        tasks.flags(), SIGTERM), request.sender().uid(), privileged));
            }
            default -> {
                // LIMIT: job steps (REQUEST_LAUNCH_TASKS from srun), prolog launches, file
                // broadcasts, reboots and slurmd status are not served, so srun inside a
                // batch job fails
                LOG.info("node={}: {} is not supported", settings.node().name(),
                        MessageType.nameOf(type));
                rc(socket, request, SlurmErrno.ESLURM_NOT_SUPPORTED.code());
            }
        }
    }

    private static boolean runsAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[0].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private boolean isPrivileged(int uid) {
        return uid == 0 || uid == settings.slurmUserUid();
    }

    private void ping(Socket socket, Received request) throws IOException {
        messenger.reply(socket.getOutputStream(), request, RESPONSE_PING_SLURMD,
                new PingSlurmdResponse(HostResources.cpuLoad(), HostResources.freeMemoryMb()));
    }

    private void rc(Socket socket, Received request, int code) throws IOException {
        messenger.reply(socket.getOutputStream(), request, RESPONSE_SLURM_RC, new SlurmRc(code));
    }

    private void registerUntilAccepted() {
        while (!closing) {
            if (register(true)) {
                return;
            }
            try {
                Thread.sleep(REGISTER_RETRY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends MESSAGE_NODE_REGISTRATION_STATUS; returns whether slurmctld accepted it. */
    boolean register(boolean wantResponse) {
        try {
            final Received reply = controller.call(MESSAGE_NODE_REGISTRATION_STATUS,
                    Registration.build(settings, startTime, jobs.runningSteps(), wantResponse));
            if (reply.msgType() == RESPONSE_SLURM_RC
                    && ((SlurmRc) reply.body()).returnCode() != 0) {
                LOG.error("node={}: registration refused: {}", settings.node().name(),
                        SlurmErrno.nameOf(((SlurmRc) reply.body()).returnCode()));
                return false;
            }
            LOG.info("node={}: registered with slurmctld", settings.node().name());
            registrations.incrementAndGet();
            return true;
        } catch (IOException e) {
            LOG.warn("node={}: registration not delivered: {}", settings.node().name(),
                    e.getMessage());
            return false;
        }
    }

    private static void expectSuccess(Received reply, String what) throws IOException {
        final MessageBody body = reply.body();
        if (reply.msgType() != RESPONSE_SLURM_RC || !(body instanceof SlurmRc rc)) {
            throw new IOException(what + ": unexpected reply "
                    + MessageType.nameOf(reply.msgType()));
        }
        if (rc.returnCode() != 0) {
            // e.g. ESLURM_ALREADY_DONE for a job slurmctld already counts as cancelled
            LOG.info("{}: slurmctld answered {}", what, SlurmErrno.nameOf(rc.returnCode()));
        }
    }
}
