package org.flurm.controller.node;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.JobTimedOut;
import org.flurm.core.command.Command.LaunchFailed;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.message.info.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's hand on running jobs: launches a started job's batch script on its batch
 * host, ends jobs that pass their time limit, and tells every node that is completing a job
 * to kill it (REQUEST_KILL_TIMELIMIT for a timed-out job, else REQUEST_TERMINATE_JOB), until
 * the node's epilog confirmation releases it.
 *
 * <p>It works from the replicated state alone, so after a restart it picks up where the state
 * stands: completing jobs are told again, running jobs are left to run.
 *
 * <p>LIMIT: a job that was RUNNING in the state when the controller crashed before the launch
 * went out stays RUNNING until its time limit; slurmctld compares the jobs a node reports on
 * registration with its own and ends such jobs.
 */
public final class JobSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobSupervisor.class);

    /** How often the time limits and completing jobs are looked at without a wake-up. */
    private static final long SWEEP_MS = 1000;
    /** How long a node has to confirm a kill before it is told again. */
    private static final long RESEND_MS = 30_000;

    private final CommandLog log;
    private final SlurmdClient client;
    private final Runnable scheduleSoon;
    private final ExecutorService senders = Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("slurmd-send-", 0).daemon(true).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("job-supervisor").daemon(true).factory());
    /** When each (job, node) kill was last sent, epoch milliseconds. */
    private final Map<String, Long> killsSent = new ConcurrentHashMap<>();

    /**
     * @param scheduleSoon  asks the scheduler for a pass (after resources were freed)
     */
    public JobSupervisor(CommandLog log, SlurmdClient client, Runnable scheduleSoon) {
        this.log = log;
        this.client = client;
        this.scheduleSoon = scheduleSoon;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::sweepQuietly, 0, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    /** Looks at the state now rather than at the next sweep. */
    public void wake() {
        timer.execute(this::sweepQuietly);
    }

    /** Sends the batch launch of job {@code jobId}, just started; a failure requeues it. */
    public void launch(int jobId) {
        senders.execute(() -> {
            final ClusterSnapshot state = log.snapshot();
            final Job job = state.job(jobId).orElse(null);
            if (job == null || job.state() != JobState.RUNNING || job.allocation() == null) {
                return;
            }
            final Node host = state.nodes().get(job.allocation().batchHost());
            final long now = System.currentTimeMillis() / 1000;
            String failure;
            try {
                final MessageBody reply = client.call(host.address(), host.port(),
                        MessageType.REQUEST_BATCH_JOB_LAUNCH,
                        JobMessages.batchLaunch(job, state, now));
                failure = reply instanceof SlurmRc rc && rc.returnCode() == 0 ? null
                        : "answered " + reply;
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            }
            if (failure == null) {
                LOG.info("job={} launched on node={}", jobId, host.name());
                return;
            }
            LOG.warn("job={} launch on node={} failed: {}", jobId, host.name(), failure);
            try {
                log.submit(new LaunchFailed(jobId, System.currentTimeMillis() / 1000));
            } catch (IOException e) {
                LOG.error("job={} launch failure not recorded: {}", jobId, e.getMessage());
            }
            scheduleSoon.run();
        });
    }

    private void sweepQuietly() {
        try {
            sweep(System.currentTimeMillis());
        } catch (IOException | RuntimeException e) {
            LOG.warn("job sweep failed: {}", e.toString());
        }
    }

    private void sweep(long nowMs) throws IOException {
        final long now = nowMs / 1000;
        ClusterSnapshot state = log.snapshot();

        // running jobs past their time limit end as TIMEOUT
        boolean changed = false;
        for (Job job : state.jobs()) {
            if (job.state() == JobState.RUNNING && job.allocation() != null
                    && job.times().timeLimit() != -1 && job.times().end() <= now) {
                changed |= log.submit(new JobTimedOut(job.jobId(), now)).succeeded();
            }
        }
        if (changed) {
            state = log.snapshot();
        }

        // every node completing a job is told to kill it, again if it stays silent
        final Map<String, Long> current = new ConcurrentHashMap<>();
        for (Job job : state.jobs()) {
            if (!job.isCompleting()) {
                continue;
            }
            for (int index : job.allocation().completing()) {
                final String key = job.jobId() + "@" + index;
                final Long sent = killsSent.get(key);
                if (sent != null && nowMs - sent < RESEND_MS) {
                    current.put(key, sent);
                    continue;
                }
                current.put(key, nowMs);
                sendKill(job, state, state.nodes().get(index), now);
            }
        }
        killsSent.keySet().retainAll(current.keySet());
        killsSent.putAll(current);
    }

    private void sendKill(Job job, ClusterSnapshot state, Node node, long now) {
        final MessageType type = job.state() == JobState.TIMEOUT
                ? MessageType.REQUEST_KILL_TIMELIMIT : MessageType.REQUEST_TERMINATE_JOB;
        senders.execute(() -> {
            try {
                final MessageBody reply = client.call(node.address(), node.port(), type,
                        JobMessages.kill(job, state, now));
                LOG.info("job={} {} sent to node={}", job.jobId(), type, node.name());

                // a node with nothing left to kill and no epilog says so instead of sending
                // MESSAGE_EPILOG_COMPLETE later
                if (reply instanceof SlurmRc rc && rc.returnCode()
                        == SlurmErrno.ESLURMD_KILL_JOB_ALREADY_COMPLETE.code()) {
                    log.submit(new EpilogComplete(job.jobId(), node.name(),
                            System.currentTimeMillis() / 1000));
                    scheduleSoon.run();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("job={} {} to node={} failed: {}", job.jobId(), type, node.name(),
                        e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        senders.shutdownNow();
    }
}
