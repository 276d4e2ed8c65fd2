package org.flurm.controller.scheduling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.PurgeJobs;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.scheduler.JobDecision;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.scheduler.SchedulingInput;
import org.flurm.core.scheduler.SchedulingResult;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.info.JobStateReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seam between the state and the scheduler library: every pass takes the latest
 * snapshot, lets the scheduler decide, and proposes what changed as commands through the
 * log, so its decisions are replicated like any other change.
 *
 * <p>A pass runs only when the state has moved on since the last one.
 *
 * <p>LIMIT: only pending reasons are applied. Start decisions cannot arise while no node
 * daemon registers (every node is passed as not responding); starting jobs needs a StartJob
 * command and the launch through flurmd. A start decision for a job array's own record must
 * first split a task off with SplitArrayTask and start the job id that command returns.
 */
public final class SchedulerLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerLoop.class);

    private final CommandLog log;
    private final Scheduler scheduler;
    private final long minJobAge;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon(true).factory());
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

    /** @param minJobAge slurm.conf's MinJobAge: seconds a finished job stays listed */
    public SchedulerLoop(CommandLog log, Scheduler scheduler, long minJobAge) {
        this.log = log;
        this.scheduler = scheduler;
        this.minJobAge = minJobAge;
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
        final long started = System.nanoTime();
        final SchedulingInput input = SchedulingInputs.from(state, now);
        final SchedulingResult result = scheduler.schedule(input);
        counted((System.nanoTime() - started) / 1000, input.pending().size());

        // the reasons that differ from what the jobs show
        final List<PendingReason> changed = new ArrayList<>();
        for (Map.Entry<Long, JobDecision> entry : result.byJobId().entrySet()) {
            if (!(entry.getValue() instanceof JobDecision.Pending pending)) {
                LOG.debug("job={} could start; starting jobs is not available yet",
                        entry.getKey());
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
        lastIndex = log.snapshot().appliedIndex();
    }

    /** Proposes forgetting the finished jobs that ended MinJobAge seconds ago or earlier. */
    private void purge(long now) throws IOException {
        final List<Integer> expired = new ArrayList<>();
        for (Job job : log.snapshot().jobs()) {
            if (job.isFinished() && job.times().end() + minJobAge <= now) {
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
