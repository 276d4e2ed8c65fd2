package org.flurm.core.scheduler;

import java.util.BitSet;

/**
 * A job's request resolved against one partition: concrete task, node and memory counts, the
 * time limit that applies, and the nodes it may and must use. This is what node selection works
 * from.
 */
final class JobShape {

    /** How the job's memory per node is computed. */
    enum MemoryKind {
        /** A fixed amount per node. */
        PER_NODE,
        /** An amount per allocated CPU. */
        PER_CPU,
        /** All of the node's memory (no request and no default, or {@code --mem=0}). */
        WHOLE_NODE
    }

    /** The empty node set, shared. */
    static final BitSet NO_NODES = new BitSet(0);

    int cpusPerTask;
    int tasks;
    int tasksPerNode;
    int minNodes;
    int maxNodes;
    MemoryKind memoryKind;
    long memoryMb;
    boolean wholeNode;
    int maxCpusPerNode;
    boolean wholeCores;
    long timeLimitMinutes;
    /** Ranks the job may use (partition, features, exclusions; node state not considered). */
    BitSet eligible;
    /** Ranks the job must use; empty when no nodelist. */
    BitSet required;
    /** Set when the request can never be met in this partition, e.g. a bad constraint. */
    boolean impossible;

    /** The CPUs a node gives to {@code taskCount} tasks. */
    int cpusFor(int taskCount, int threads) {
        int wanted = taskCount * cpusPerTask;
        if (wholeCores && threads > 1) {
            wanted = (wanted + threads - 1) / threads * threads;
        }
        return wanted;
    }

    /** The smallest number of CPUs the job needs in total (SLURM's min_cpus). */
    long minCpus() {
        return (long) tasks * cpusPerTask;
    }

    /**
     * Resolves {@code job}'s request in {@code partition}. Constraint and node-name problems mark
     * the shape impossible rather than failing.
     */
    static JobShape resolve(JobRequirements req, SchedulerPartition partition, BitSet partRanks,
            ClusterIndex index, SchedulerConfig config) {
        JobShape shape = new JobShape();

        // Counts: a missing -N takes the partition's MinNodes; -n defaults to one per node.
        shape.cpusPerTask = req.cpusPerTask();
        shape.tasksPerNode = req.ntasksPerNode();
        shape.minNodes = req.minNodes() > 0 ? req.minNodes() : Math.max(1, partition.minNodes());
        shape.maxNodes = req.maxNodes() > 0
                ? Math.min(req.maxNodes(), partition.maxNodes()) : partition.maxNodes();
        int tasks = req.numTasks() > 0
                ? req.numTasks() : shape.minNodes * Math.max(1, shape.tasksPerNode);
        shape.tasks = Math.max(tasks, shape.minNodes);

        // Memory, with SLURM's MaxMemPerCPU rule: too much per CPU means more CPUs per task.
        resolveMemory(shape, req.memory(), partition, config);

        // Whole nodes for --exclusive and OverSubscribe=EXCLUSIVE.
        // LIMIT: ExclusiveUser is enforced as whole-node allocation, so even jobs of the same
        // user do not share a node.
        shape.wholeNode = req.exclusive() || partition.overSubscribe() == OverSubscribe.EXCLUSIVE
                || partition.exclusiveUser();
        shape.maxCpusPerNode = partition.maxCpusPerNode();
        shape.wholeCores = config.wholeCores();
        shape.timeLimitMinutes = effectiveTimeLimit(req, partition);
        // LIMIT: --contiguous is ignored: nodes are not required to be consecutive.

        // Eligible nodes: partition, features, exclusions; required nodes must be among them.
        // The sets are shared between jobs where possible and must not be modified.
        shape.eligible = index.eligibleRanks(partRanks, req.constraint());
        shape.required = NO_NODES;
        if (shape.eligible == null) {
            shape.eligible = NO_NODES;
            shape.impossible = true;
            return shape;
        }
        if (!req.excludedNodes().isEmpty()) {
            shape.eligible = (BitSet) shape.eligible.clone();
            for (String name : req.excludedNodes()) {
                int rank = index.rankOf(name);
                if (rank >= 0) {
                    shape.eligible.clear(rank);
                }
            }
        }
        if (!req.requiredNodes().isEmpty()) {
            shape.required = new BitSet();
            for (String name : req.requiredNodes()) {
                int rank = index.rankOf(name);
                if (rank < 0 || !shape.eligible.get(rank)) {
                    shape.impossible = true;
                } else {
                    shape.required.set(rank);
                }
            }
        }
        if (shape.required.cardinality() > shape.maxNodes) {
            shape.impossible = true;
        }
        return shape;
    }

    /** The job's time limit, or the partition's DefaultTime, or its MaxTime. */
    static long effectiveTimeLimit(JobRequirements req, SchedulerPartition partition) {
        if (req.timeLimitMinutes() != TimeLimit.NO_VAL) {
            return req.timeLimitMinutes();
        }
        if (partition.defaultTimeMinutes() != TimeLimit.NO_VAL) {
            return partition.defaultTimeMinutes();
        }
        return partition.maxTimeMinutes();
    }

    private static void resolveMemory(JobShape shape, MemoryRequest request,
            SchedulerPartition partition, SchedulerConfig config) {
        MemoryRequest effective = request;
        if (request instanceof MemoryRequest.Default) {
            if (partition.defMemPerCpuMb() > 0) {
                effective = MemoryRequest.perCpu(partition.defMemPerCpuMb());
            } else if (partition.defMemPerNodeMb() > 0) {
                effective = MemoryRequest.perNode(partition.defMemPerNodeMb());
            } else if (config.defMemPerCpuMb() > 0) {
                effective = MemoryRequest.perCpu(config.defMemPerCpuMb());
            } else if (config.defMemPerNodeMb() > 0) {
                effective = MemoryRequest.perNode(config.defMemPerNodeMb());
            }
        }
        switch (effective) {
            case MemoryRequest.PerNode(long mb) when mb > 0 -> {
                shape.memoryKind = MemoryKind.PER_NODE;
                shape.memoryMb = mb;
            }
            case MemoryRequest.PerCpu(long mb) when mb > 0 -> {
                long perCpu = mb;
                long max = partition.maxMemPerCpuMb();
                if (max > 0 && perCpu > max) {
                    long ratio = (perCpu + max - 1) / max;
                    shape.cpusPerTask = (int) (shape.cpusPerTask * ratio);
                    perCpu = (perCpu + ratio - 1) / ratio;
                }
                shape.memoryKind = MemoryKind.PER_CPU;
                shape.memoryMb = perCpu;
            }
            default -> {
                shape.memoryKind = MemoryKind.WHOLE_NODE;
                shape.memoryMb = 0;
            }
        }
    }
}
