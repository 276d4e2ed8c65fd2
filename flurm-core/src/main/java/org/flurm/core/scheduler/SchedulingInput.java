package org.flurm.core.scheduler;

import java.util.List;

/**
 * A snapshot of everything one scheduling pass looks at.
 *
 * @param now        the current time, epoch seconds
 * @param nodes      all nodes, in slurm.conf order (their index is their identity)
 * @param partitions all partitions
 * @param running    jobs holding resources
 * @param pending    jobs waiting, in any order
 */
public record SchedulingInput(long now, List<SchedulerNode> nodes,
        List<SchedulerPartition> partitions, List<RunningJob> running,
        List<PendingJob> pending) {

    public SchedulingInput {
        nodes = List.copyOf(nodes);
        partitions = List.copyOf(partitions);
        running = List.copyOf(running);
        pending = List.copyOf(pending);
    }
}
