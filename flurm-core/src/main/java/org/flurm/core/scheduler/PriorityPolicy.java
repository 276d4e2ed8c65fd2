package org.flurm.core.scheduler;

/**
 * Computes a pending job's priority in one of its partitions (SLURM's priority plugin). Jobs are
 * ordered by their partition's PriorityTier first and this number second.
 */
public interface PriorityPolicy {

    /**
     * The job's priority when queued in {@code partition}; at least 1 (0 is reserved for held
     * jobs, which never reach the policy).
     */
    long priority(PendingJob job, SchedulerPartition partition, Context context);

    /**
     * What a policy may know about the pass beyond the job itself.
     *
     * @param now                  current time, epoch seconds
     * @param maxPriorityJobFactor the largest PriorityJobFactor of all partitions (at least 1)
     */
    record Context(long now, int maxPriorityJobFactor) {
    }
}
