package org.flurm.controller.scheduling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

import org.flurm.controller.view.NodeReport;
import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.PurgeJobs;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.SplitArrayTask;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.scheduler.JobDecision;
import org.flurm.core.scheduler.NodeAllocation;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.scheduler.SchedulingInput;
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
 * becomes a StartJob command; once it is committed the job is handed to the launcher. A job
 * array's own record starts one task at a time: the task is split off with SplitArrayTask and
 * the job id that command returns is started.
 */
public final class SchedulerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final CommandLog log;
    private final Scheduler scheduler;
    private final long minJobAge;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon(true).factory());
    private final LongConsumer cycleObserver;
    private final NodeReport.Source nodes;
    private final IntConsumer launcher;
    private long lastIndex = -1;
    private CycleStatistics cycles = CycleStatistics.NONE;

    /**
     * The main scheduler's cycles for {@code sdiag}, microseconds: the longest, the last, all
     * together, how many, the jobs looked at in all, and the queue length of the last.
     */
    public record CycleStatistics(long max, long last, long sum, int counter, long depth,
                                  int queueLength) {

        static final CycleStatistics NONE = new CycleStatistics(0, 0, 0, 0, 0, 0);

        CycleStatistics plus(long micros, int jobs) {
            return new CycleStatistics(Math.max(max, micros), micros, sum + micros, counter + 1,
                    depth + jobs, jobs);
        }
    }

    /** The cycles since the start or the last {@link #resetStatistics()}. */
    public synchronized CycleStatistics statistics() {
        return cycles;
    }

    public synchronized void resetStatistics() {
        cycles = CycleStatistics.NONE;
    }

    private synchronized void counted(long micros, int jobs) {
        cycles = cycles.plus(micros, jobs);
    }

    /**
     * A loop that starts no job: every node is passed as not responding.
     *
     * @param minJobAge slurm.conf's MinJobAge: seconds a finished job stays listed
     */
    public SchedulerLoop(CommandLog log, Scheduler scheduler, long minJobAge) {
        this(log, scheduler, minJobAge, NodeReport.Source.NONE, jobId -> { }, nanos -> { });
    }

    /**
     * @param minJobAge     slurm.conf's MinJobAge: seconds a finished job stays listed
     * @param nodes         which nodes answer (only those get jobs)
     * @param launcher      launches a job whose start is committed
     * @param cycleObserver told how long each scheduling cycle took, in nanoseconds
     */
    public SchedulerLoop(CommandLog log, Scheduler scheduler, long minJobAge,
                         NodeReport.Source nodes, IntConsumer launcher,
                         LongConsumer cycleObserver) {
        this.log = log;
        this.scheduler = scheduler;
        this.minJobAge = minJobAge;
        this.nodes = nodes;
        this.launcher = launcher;
        this.cycleObserver = cycleObserver;
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
        purge(now);
        final ClusterSnapshot state = log.snapshot();
        if (state.appliedIndex() == lastIndex) {
            return;
        }
        final long cycleStart = System.nanoTime();
        final SchedulingInput input = SchedulingInputs.from(state, now, nodes);
        final SchedulingResult result = scheduler.schedule(input);
        final long cycleNanos = System.nanoTime() - cycleStart;
        cycleObserver.accept(cycleNanos);
        counted(cycleNanos / 1000, input.pending().size());

        // the reasons that differ from what the jobs show
        final List<PendingReason> changed = new ArrayList<>();
        final List<Integer> started = new ArrayList<>();
        for (Map.Entry<Long, JobDecision> entry : result.byJobId().entrySet()) {
            if (entry.getValue() instanceof JobDecision.Start start) {
                final OptionalInt startedId = start(state, start, now);
                if (startedId.isPresent()) {
                    started.add(startedId.getAsInt());
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
        // ran must trigger the next pass. Our own commands also move the index, which costs
        // one extra pass that finds nothing to change.
        lastIndex = state.appliedIndex();
        for (int jobId : started) {
            launcher.accept(jobId);
        }
    }

    /**
     * Commits a start decision: the job started, or none when the state refused it (the job
     * moved on).
     */
    private OptionalInt start(ClusterSnapshot state, JobDecision.Start start, long now)
            throws IOException {
        final Job job = state.job((int) start.jobId()).orElse(null);
        if (job == null) {
            return OptionalInt.empty();
        }
        int jobId = job.jobId();
        if (job.arrayTasks() != null) {
            // an array's own record runs as its lowest pending task, split off first
            final int taskId = job.arrayTasks().tasks().nextSetBit(0);
            final CommandResult split = log.submit(new SplitArrayTask(jobId, taskId, now));
            if (!split.succeeded()) {
                LOG.info("job={}_{} not split off: rc {}", jobId, taskId, split.rc());
                return OptionalInt.empty();
            }
            jobId = split.jobId();
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
        final CommandResult result = log.submit(new StartJob(jobId, nodeIndexes, cpus, memory,
                limit, now));
        if (!result.succeeded()) {
            LOG.info("job={} not started: rc {}", jobId, result.rc());
            return OptionalInt.empty();
        }
        return OptionalInt.of(jobId);
    }

    /** Proposes forgetting the finished jobs that ended MinJobAge seconds ago or earlier. */
    private void purge(long now) throws IOException {
        final List<Integer> expired = new ArrayList<>();
        for (Job job : log.snapshot().jobs()) {
            if (job.isFinished() && !job.isCompleting()
                    && job.times().end() + minJobAge <= now) {
                expired.add(job.jobId());
            }
        }
        if (!expired.isEmpty()) {
            LOG.info("purging {} jobs finished over MinJobAge={}s ago", expired.size(),
                    minJobAge);
            log.submit(new PurgeJobs(expired, now));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
