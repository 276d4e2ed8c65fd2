package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Places one job on nodes (select/cons_tres's job test): decides how many tasks each candidate
 * node can take given what is free on it, then takes the required nodes and after them the best
 * ranked candidates until every task has a node. The same code answers "can it start now", "could
 * it ever start" and "can it start at time T", depending on the {@link ResourceView}.
 */
final class NodeSelector {

    /** One node of a placement, by rank. */
    record Placement(int rank, int cpus, long memoryMb) {
    }

    private final ClusterIndex index;

    NodeSelector(ClusterIndex index) {
        this.index = index;
    }

    /** A view in which every node is idle: answers "could the job ever run here". */
    ResourceView emptyCluster() {
        return new ResourceView() {
            @Override
            public int freeCpus(int rank) {
                return index.cpus[rank];
            }

            @Override
            public long freeMemory(int rank) {
                return index.memory[rank];
            }
        };
    }

    /**
     * Places {@code shape} on nodes among {@code candidates} (ranks), or returns null when it
     * does not fit.
     */
    // LIMIT: nodes are taken first-fit in rank order; cons_tres's best fit among nodes of equal
    // weight, topology and the max-nodes preference (req_nodes = max_nodes) are not modelled.
    List<Placement> place(JobShape shape, ResourceView view, BitSet candidates) {
        if (shape.impossible) {
            return null;
        }
        List<Placement> placements = new ArrayList<>();
        int remaining = shape.tasks;

        // Required nodes come first and each must take at least one task.
        for (int rank = shape.required.nextSetBit(0); rank >= 0;
                rank = shape.required.nextSetBit(rank + 1)) {
            if (!candidates.get(rank)) {
                return null;
            }
            int capacity = tasksOn(shape, view, rank);
            if (capacity == 0) {
                return null;
            }
            int nodesStillNeeded = Math.max(0, shape.minNodes - placements.size() - 1);
            int take = Math.max(1, Math.min(capacity, remaining - nodesStillNeeded));
            remaining -= Math.min(take, remaining);
            placements.add(placement(shape, rank, take));
        }

        // Then the best ranked candidates, each asked to carry at least its fair share of what
        // is left, so that a bounded node count is not wasted on nearly full nodes.
        for (int rank = candidates.nextSetBit(0);
                rank >= 0 && (remaining > 0 || placements.size() < shape.minNodes);
                rank = candidates.nextSetBit(rank + 1)) {
            if (shape.required.get(rank)) {
                continue;
            }
            int budget = shape.maxNodes - placements.size();
            if (budget <= 0) {
                return null;
            }
            int capacity = tasksOn(shape, view, rank);
            if (capacity == 0) {
                continue;
            }
            int fairShare = budget >= remaining ? 1 : (remaining + budget - 1) / budget;
            if (capacity < fairShare) {
                continue;
            }
            int nodesStillNeeded = Math.max(0, shape.minNodes - placements.size() - 1);
            int take = Math.max(1, Math.min(capacity, remaining - nodesStillNeeded));
            remaining -= Math.min(take, remaining);
            placements.add(placement(shape, rank, take));
        }
        if (remaining > 0 || placements.size() < shape.minNodes
                || placements.size() > shape.maxNodes) {
            return null;
        }
        return placements;
    }

    /** How many of the job's tasks fit on the node in the view; 0 if the node is unusable. */
    int tasksOn(JobShape shape, ResourceView view, int rank) {
        int total = index.cpus[rank];
        long totalMemory = index.memory[rank];
        int freeCpus = view.freeCpus(rank);
        long freeMemory = view.freeMemory(rank);
        int threads = index.threadsPerCore[rank];

        // Whole-node jobs need the node idle; memory-whole jobs need no memory in use.
        if (shape.wholeNode && (freeCpus < total || freeMemory < totalMemory)) {
            return 0;
        }
        if (shape.memoryKind == JobShape.MemoryKind.WHOLE_NODE && freeMemory < totalMemory) {
            return 0;
        }

        // CPUs: the partition cap, whole cores, then whole tasks.
        // LIMIT: MaxCPUsPerNode caps what one job gets on a node, not what all of the
        // partition's jobs together hold there.
        int usable = Math.min(shape.wholeNode ? total : freeCpus, shape.maxCpusPerNode);
        if (shape.wholeCores && threads > 1) {
            usable = usable / threads * threads;
        }
        int tasks = usable / shape.cpusPerTask;
        if (shape.tasksPerNode > 0) {
            tasks = Math.min(tasks, shape.tasksPerNode);
        }

        // Memory.
        long memory = shape.wholeNode ? totalMemory : freeMemory;
        switch (shape.memoryKind) {
            case PER_NODE -> {
                if (shape.memoryMb > memory) {
                    return 0;
                }
            }
            case PER_CPU -> {
                while (tasks > 0 && shape.memoryMb * shape.cpusFor(tasks, threads) > memory) {
                    tasks--;
                }
            }
            case WHOLE_NODE -> {
            }
        }
        if (shape.tasksPerNode > 0 && tasks < shape.tasksPerNode) {
            return 0;
        }
        return tasks;
    }

    private Placement placement(JobShape shape, int rank, int tasks) {
        int threads = index.threadsPerCore[rank];
        // LIMIT: a whole-node job is charged all of the node's memory, whatever it asked for.
        if (shape.wholeNode) {
            return new Placement(rank, index.cpus[rank], index.memory[rank]);
        }
        int cpus = Math.min(index.cpus[rank], shape.cpusFor(tasks, threads));
        long memory = switch (shape.memoryKind) {
            case PER_NODE -> shape.memoryMb;
            case PER_CPU -> shape.memoryMb * cpus;
            case WHOLE_NODE -> index.memory[rank];
        };
        return new Placement(rank, cpus, memory);
    }
}
