package org.flurm.core.scheduler;

import java.util.List;

/**
 * A job that holds resources now. Its end time (start plus time limit) is when backfill expects
 * the resources back.
 *
 * @param jobId       job id
 * @param userId      owner
 * @param allocations CPUs and memory on each of its nodes
 * @param endTime     start time plus time limit, epoch seconds; {@link Long#MAX_VALUE} if never
 * @param exclusive   whether it holds its nodes whole
 */
public record RunningJob(long jobId, int userId, List<NodeAllocation> allocations, long endTime,
        boolean exclusive) {

    public RunningJob {
        allocations = List.copyOf(allocations);
    }
}
