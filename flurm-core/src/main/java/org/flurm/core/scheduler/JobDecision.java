package org.flurm.core.scheduler;

import java.util.List;

/** What the scheduler decided for one pending job. */
public sealed interface JobDecision {

    long jobId();

    /**
     * Start the job now.
     *
     * @param jobId            job id
     * @param partition        the partition it runs in
     * @param allocations      CPUs and memory on each node, in node order
     * @param timeLimitMinutes the time limit applied (the partition's default when none given)
     * @param backfilled       started by the backfill pass rather than in priority order
     */
    record Start(long jobId, String partition, List<NodeAllocation> allocations,
            long timeLimitMinutes, boolean backfilled) implements JobDecision {

        public Start {
            allocations = List.copyOf(allocations);
        }

        /** The node indices of the allocation. */
        public List<Integer> nodes() {
            return allocations.stream().map(NodeAllocation::node).toList();
        }
    }

    /**
     * Leave the job pending.
     *
     * @param jobId           job id
     * @param reason          the reason squeue shows
     * @param description     SLURM's longer state description, empty when none
     * @param plannedStart    when backfill expects to start it (squeue --start); 0 if unknown
     * @param plannedPartition the partition of that plan, empty if none
     * @param plannedAllocations the resources backfill holds for it at that time
     */
    record Pending(long jobId, JobStateReason reason, String description, long plannedStart,
            String plannedPartition, List<NodeAllocation> plannedAllocations)
            implements JobDecision {

        public Pending {
            plannedAllocations = List.copyOf(plannedAllocations);
        }

        /** The node indices backfill plans to use. */
        public List<Integer> plannedNodes() {
            return plannedAllocations.stream().map(NodeAllocation::node).toList();
        }
    }
}
