package org.flurm.core.scheduler;

/**
 * priority/basic, SLURM's default: every new job gets one less than the job before it, so jobs
 * run first in, first out; nice lowers it further.
 */
// LIMIT: SLURM counts down per submission since the controller started; the job id stands in
// for that count, which gives the same order when ids are handed out in submission order.
public final class BasicPriority implements PriorityPolicy {

    /** The priority of the first job (SLURM's TOP_PRIORITY). */
    static final long TOP_PRIORITY = 0xFFFF_0000L;

    @Override
    public long priority(PendingJob job, SchedulerPartition partition, Context context) {
        return Math.max(1, TOP_PRIORITY - job.jobId() - job.nice());
    }
}
