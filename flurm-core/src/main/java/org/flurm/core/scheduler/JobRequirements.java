package org.flurm.core.scheduler;

import java.util.Set;

/**
 * What a job asks for, in sbatch's terms. Counts of 0 mean "not given".
 *
 * @param minNodes         {@code -N min}; 0 when not given (taken as 1)
 * @param maxNodes         {@code -N min-max}; 0 when not given
 * @param numTasks         {@code -n}; 0 when not given
 * @param cpusPerTask      {@code -c}; at least 1
 * @param ntasksPerNode    {@code --ntasks-per-node}; 0 when not given
 * @param memory           {@code --mem}, {@code --mem-per-cpu} or nothing
 * @param exclusive        {@code --exclusive}
 * @param requiredNodes    {@code -w}: node names that must all be in the allocation
 * @param excludedNodes    {@code -x}: node names that must not be used
 * @param constraint       {@code -C}: feature expression, empty when none
 * @param timeLimitMinutes {@code -t}, or {@link TimeLimit#NO_VAL}
 * @param contiguous       {@code --contiguous}
 */
public record JobRequirements(int minNodes, int maxNodes, int numTasks, int cpusPerTask,
        int ntasksPerNode, MemoryRequest memory, boolean exclusive, Set<String> requiredNodes,
        Set<String> excludedNodes, String constraint, long timeLimitMinutes,
        boolean contiguous) {

    public JobRequirements {
        requiredNodes = Set.copyOf(requiredNodes);
        excludedNodes = Set.copyOf(excludedNodes);
        constraint = constraint == null ? "" : constraint.strip();
        if (cpusPerTask < 1) {
            throw new IllegalArgumentException("cpus per task must be at least 1");
        }
    }

    /** One task of one CPU on one node, no time limit given. */
    public static Builder builder() {
        return new Builder();
    }

    /** The nodes asked for at least: {@code -N}, or 1. */
    int effectiveMinNodes() {
        return Math.max(1, minNodes);
    }

    /** Builds requirements starting from what a bare {@code sbatch} asks for. */
    public static final class Builder {
        private int minNodes;
        private int maxNodes;
        private int numTasks;
        private int cpusPerTask = 1;
        private int ntasksPerNode;
        private MemoryRequest memory = MemoryRequest.DEFAULT;
        private boolean exclusive;
        private Set<String> requiredNodes = Set.of();
        private Set<String> excludedNodes = Set.of();
        private String constraint = "";
        private long timeLimit = TimeLimit.NO_VAL;
        private boolean contiguous;

        private Builder() {
        }

        public Builder nodes(int min) {
            this.minNodes = min;
            return this;
        }

        public Builder nodes(int min, int max) {
            this.minNodes = min;
            this.maxNodes = max;
            return this;
        }

        public Builder tasks(int value) {
            this.numTasks = value;
            return this;
        }

        public Builder cpusPerTask(int value) {
            this.cpusPerTask = value;
            return this;
        }

        public Builder ntasksPerNode(int value) {
            this.ntasksPerNode = value;
            return this;
        }

        public Builder memPerNode(long mb) {
            this.memory = MemoryRequest.perNode(mb);
            return this;
        }

        public Builder memPerCpu(long mb) {
            this.memory = MemoryRequest.perCpu(mb);
            return this;
        }

        public Builder exclusive() {
            this.exclusive = true;
            return this;
        }

        public Builder nodelist(String... names) {
            this.requiredNodes = Set.of(names);
            return this;
        }

        public Builder exclude(String... names) {
            this.excludedNodes = Set.of(names);
            return this;
        }

        public Builder constraint(String expression) {
            this.constraint = expression;
            return this;
        }

        public Builder timeLimit(long minutes) {
            this.timeLimit = minutes;
            return this;
        }

        public Builder contiguous() {
            this.contiguous = true;
            return this;
        }

        public JobRequirements build() {
            return new JobRequirements(minNodes, maxNodes, numTasks, cpusPerTask, ntasksPerNode,
                    memory, exclusive, requiredNodes, excludedNodes, constraint, timeLimit,
                    contiguous);
        }
    }
}
