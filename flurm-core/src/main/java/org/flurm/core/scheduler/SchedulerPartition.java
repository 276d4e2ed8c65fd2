package org.flurm.core.scheduler;

import java.util.List;

/**
 * One partition as the scheduler sees it. Node lists are indices into
 * {@link SchedulingInput#nodes()}. Memory values are MB with 0 meaning "not set"; node and CPU
 * limits use {@link #UNLIMITED}.
 *
 * @param name              PartitionName
 * @param nodes             indices of the partition's nodes
 * @param state             State
 * @param maxTimeMinutes    MaxTime, or {@link TimeLimit#INFINITE}
 * @param defaultTimeMinutes DefaultTime, or {@link TimeLimit#NO_VAL} when not set
 * @param minNodes          MinNodes
 * @param maxNodes          MaxNodes, or {@link #UNLIMITED}
 * @param priorityTier      PriorityTier: higher tiers are scheduled first
 * @param priorityJobFactor PriorityJobFactor: the partition factor of multifactor priority
 * @param overSubscribe     OverSubscribe
 * @param defMemPerCpuMb    DefMemPerCPU
 * @param defMemPerNodeMb   DefMemPerNode
 * @param maxMemPerCpuMb    MaxMemPerCPU
 * @param maxMemPerNodeMb   MaxMemPerNode
 * @param maxCpusPerNode    MaxCPUsPerNode, or {@link #UNLIMITED}
 * @param exclusiveUser     ExclusiveUser=YES
 */
public record SchedulerPartition(String name, List<Integer> nodes, PartitionState state,
        long maxTimeMinutes, long defaultTimeMinutes, int minNodes, int maxNodes,
        int priorityTier, int priorityJobFactor, OverSubscribe overSubscribe,
        long defMemPerCpuMb, long defMemPerNodeMb, long maxMemPerCpuMb, long maxMemPerNodeMb,
        int maxCpusPerNode, boolean exclusiveUser) {

    /** No limit on a node or CPU count. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public SchedulerPartition {
        nodes = List.copyOf(nodes);
    }

    /** A partition over {@code nodes} with SLURM's defaults for everything else. */
    public static Builder builder(String name, List<Integer> nodes) {
        return new Builder(name, nodes);
    }

    /** A partition over {@code nodes} with SLURM's defaults. */
    public static SchedulerPartition of(String name, List<Integer> nodes) {
        return builder(name, nodes).build();
    }

    /** Builds a partition starting from slurm.conf's defaults. */
    public static final class Builder {
        private final String name;
        private final List<Integer> nodes;
        private PartitionState state = PartitionState.UP;
        private long maxTime = TimeLimit.INFINITE;
        private long defaultTime = TimeLimit.NO_VAL;
        private int minNodes = 0;
        private int maxNodes = UNLIMITED;
        private int priorityTier = 1;
        private int priorityJobFactor = 1;
        private OverSubscribe overSubscribe = OverSubscribe.NO;
        private long defMemPerCpu;
        private long defMemPerNode;
        private long maxMemPerCpu;
        private long maxMemPerNode;
        private int maxCpusPerNode = UNLIMITED;
        private boolean exclusiveUser;

        private Builder(String name, List<Integer> nodes) {
            this.name = name;
            this.nodes = nodes;
        }

        public Builder state(PartitionState value) {
            this.state = value;
            return this;
        }

        public Builder maxTime(long minutes) {
            this.maxTime = minutes;
            return this;
        }

        public Builder defaultTime(long minutes) {
            this.defaultTime = minutes;
            return this;
        }

        public Builder minNodes(int value) {
            this.minNodes = value;
            return this;
        }

        public Builder maxNodes(int value) {
            this.maxNodes = value;
            return this;
        }

        public Builder priorityTier(int value) {
            this.priorityTier = value;
            return this;
        }

        public Builder priorityJobFactor(int value) {
            this.priorityJobFactor = value;
            return this;
        }

        public Builder overSubscribe(OverSubscribe value) {
            this.overSubscribe = value;
            return this;
        }

        public Builder defMemPerCpu(long mb) {
            this.defMemPerCpu = mb;
            return this;
        }

        public Builder defMemPerNode(long mb) {
            this.defMemPerNode = mb;
            return this;
        }

        public Builder maxMemPerCpu(long mb) {
            this.maxMemPerCpu = mb;
            return this;
        }

        public Builder maxMemPerNode(long mb) {
            this.maxMemPerNode = mb;
            return this;
        }

        public Builder maxCpusPerNode(int value) {
            this.maxCpusPerNode = value;
            return this;
        }

        public Builder exclusiveUser(boolean value) {
            this.exclusiveUser = value;
            return this;
        }

        public SchedulerPartition build() {
            return new SchedulerPartition(name, nodes, state, maxTime, defaultTime, minNodes,
                    maxNodes, priorityTier, priorityJobFactor, overSubscribe, defMemPerCpu,
                    defMemPerNode, maxMemPerCpu, maxMemPerNode, maxCpusPerNode, exclusiveUser);
        }
    }
}
