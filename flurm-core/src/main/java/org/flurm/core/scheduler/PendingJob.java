package org.flurm.core.scheduler;

import java.util.List;

/**
 * A job waiting to start.
 *
 * @param jobId                job id; also the tie-breaker of equal priorities
 * @param userId               owner
 * @param partitions           partitions the job may run in, in the order requested
 * @param submitTime           epoch seconds
 * @param beginTime            {@code --begin}, epoch seconds; 0 when none
 * @param hold                 user or admin hold
 * @param nice                 {@code --nice}, subtracted from the priority
 * @param dependency           the state of its dependencies
 * @param arrayTaskLimitReached whether its array already runs as many tasks as {@code %N} allows
 * @param requirements         what it asks for
 */
public record PendingJob(long jobId, int userId, List<String> partitions, long submitTime,
        long beginTime, Hold hold, int nice, DependencyState dependency,
        boolean arrayTaskLimitReached, JobRequirements requirements) {

    public PendingJob {
        partitions = List.copyOf(partitions);
    }

    /** A job of user 1000 submitted at {@code submitTime}, free of holds and dependencies. */
    public static PendingJob of(long jobId, String partition, long submitTime,
            JobRequirements requirements) {
        return new PendingJob(jobId, 1000, List.of(partition), submitTime, 0, Hold.NONE, 0,
                DependencyState.NONE, false, requirements);
    }

    public PendingJob withHold(Hold value) {
        return new PendingJob(jobId, userId, partitions, submitTime, beginTime, value, nice,
                dependency, arrayTaskLimitReached, requirements);
    }

    public PendingJob withBeginTime(long value) {
        return new PendingJob(jobId, userId, partitions, submitTime, value, hold, nice,
                dependency, arrayTaskLimitReached, requirements);
    }

    public PendingJob withDependency(DependencyState value) {
        return new PendingJob(jobId, userId, partitions, submitTime, beginTime, hold, nice,
                value, arrayTaskLimitReached, requirements);
    }

    public PendingJob withArrayTaskLimitReached(boolean value) {
        return new PendingJob(jobId, userId, partitions, submitTime, beginTime, hold, nice,
                dependency, value, requirements);
    }

    public PendingJob withNice(int value) {
        return new PendingJob(jobId, userId, partitions, submitTime, beginTime, hold, value,
                dependency, arrayTaskLimitReached, requirements);
    }

    public PendingJob withPartitions(String... names) {
        return new PendingJob(jobId, userId, List.of(names), submitTime, beginTime, hold, nice,
                dependency, arrayTaskLimitReached, requirements);
    }

    public PendingJob withUser(int value) {
        return new PendingJob(jobId, value, partitions, submitTime, beginTime, hold, nice,
                dependency, arrayTaskLimitReached, requirements);
    }
}
