package org.flurm.controller.scheduling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flurm.controller.view.NodeReport;
import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.scheduler.JobDecision;
import org.flurm.core.scheduler.NodeAllocation;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.scheduler.SchedulingResult;
import org.flurm.core.scheduler.TimeLimit;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.pack.Sentinels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seam between the state and the scheduler library: every pass takes the latest
 * snapshot, lets the scheduler decide, and proposes what changed as commands through the
 * log, so its decisions are replicated like any other change.
 *
 * <p>A pass runs only when the state has moved on since the last one, at the interval and at
 * once when {@link #wake()} is called (a job ended, a node registered). A start decision
 * becomes a StartJob command; once it is committed the job is handed to the launcher.
 */
public final class SchedulerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final CommandLog log;
    private final Scheduler scheduler;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon(true).factory());
    private final NodeReport.Source nodes;
    private final IntConsumer launcher;
    private long lastIndex = -1;

    /** A loop that starts no job: every node is passed as not responding. */
    public SchedulerLoop(CommandLog log, Scheduler scheduler) {
        this(log, scheduler, NodeReport.Source.NONE, jobId -> { });
    }

    /**
     * @param nodes     which nodes answer (only those get jobs)
     * @param launcher  launches a job whose start is committed
     */
    public SchedulerLoop(CommandLog log, Scheduler scheduler, NodeReport.Source nodes,
                         IntConsumer launcher) {
        this.log = log;
        this.scheduler = scheduler;
        this.nodes = nodes;
        this.launcher = launcher;
    }

    /** Runs a pass now (on the scheduler's thread) rather than at the next interval. */
    public void wake() {
        try {
            timer.execute(this::passQuietly);
        } catch (RejectedExecutionException e) {
            // stopping: no more passes
        }
    }

    /** Runs a pass every {@code intervalMillis}. */
    public void start(long intervalMillis) {
        timer.scheduleWithFixedDelay(this::passQuietly, intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    private void passQuietly() {
        try {
            pass(System.currentTimeMillis() / 1000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("scheduling pass failed: {}", e.toString());
        }
    }

    /** One pass at time {@code now}; public for tests. */
    public void pass(long now) throws IOException {
        final ClusterSnapshot state = log.snapshot();
        if (state.appliedIndex() == lastIndex) {
            return;
        }
        final SchedulingResult result = scheduler.schedule(
                SchedulingInputs.from(state, now, nodes));

        // the reasons that differ from what the jobs show
        final List<PendingReason> changed = new ArrayList<>();
        final List<Integer> started = new ArrayList<>();
        for (Map.Entry<Long, JobDecision> entry : result.byJobId().entrySet()) {
            if (entry.getValue() instanceof JobDecision.Start start) {
                if (start(state, start, now)) {
                    started.add(entry.getKey().intValue());
                }
                continue;
            }
            if (!(entry.getValue() instanceof JobDecision.Pending pending)) {
                continue;
            }
            final int jobId = entry.getKey().intValue();
            final Job job = state.job(jobId).orElse(null);
            final JobStateReason reason = JobStateReason.of(pending.reason().code());
            if (job != null && !job.isHeld() && job.reason() != reason) {
                changed.add(new PendingReason(jobId, reason));
            }
        }
        changed.sort((a, b) -> Integer.compareUnsigned(a.jobId(), b.jobId()));
        if (!changed.isEmpty()) {
            log.submit(new SetPendingReasons(changed, now));
        }
        // The snapshot this pass read, not the latest: a submission applied while the pass
        // ran must trigger the next pass. Our own command also moves the index, which costs
        // one extra pass that finds nothing to change.
        lastIndex = state.appliedIndex();
        for (int jobId : started) {
            launcher.accept(jobId);
        }
    }

    /** Commits a start decision; false when the state refused it (the job moved on). */
    private boolean start(ClusterSnapshot state, JobDecision.Start start, long now)
            throws IOException {
        final Job job = state.job((int) start.jobId()).orElse(null);
        if (job == null) {
            return false;
        }
        // memory is held only where the job asked for some, as slurmctld's credential shows
        final long asked = job.resources().pnMinMemory();
        final boolean holdsMemory = asked != Sentinels.NO_VAL64 && asked != 0;
        final List<Integer> nodeIndexes = new ArrayList<>();
        final List<Integer> cpus = new ArrayList<>();
        final List<Long> memory = new ArrayList<>();
        for (NodeAllocation allocation : start.allocations()) {
            nodeIndexes.add(allocation.node());
            cpus.add(allocation.cpus());
            memory.add(holdsMemory ? allocation.memoryMb() : 0L);
        }
        final int limit = start.timeLimitMinutes() >= TimeLimit.NO_VAL
                ? Sentinels.INFINITE : (int) start.timeLimitMinutes();
        final CommandResult result = log.submit(new StartJob(job.jobId(), nodeIndexes, cpus,
                memory, limit, now));
        if (!result.succeeded()) {
            LOG.info("job={} not started: rc {}", job.jobId(), result.rc());
        }
        return result.succeeded();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
