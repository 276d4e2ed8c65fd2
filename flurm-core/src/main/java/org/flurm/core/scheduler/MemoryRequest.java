package org.flurm.core.scheduler;

/** A job's memory request: {@code --mem}, {@code --mem-per-cpu}, or nothing. */
public sealed interface MemoryRequest {

    /** {@code --mem=N}: N MB on every node; 0 asks for all of each node's memory. */
    record PerNode(long megabytes) implements MemoryRequest {
    }

    /** {@code --mem-per-cpu=N}: N MB for every CPU allocated (SLURM's MEM_PER_CPU). */
    record PerCpu(long megabytes) implements MemoryRequest {
    }

    /** No request: the partition's (or cluster's) DefMemPerCPU or DefMemPerNode applies. */
    record Default() implements MemoryRequest {
    }

    MemoryRequest DEFAULT = new Default();

    static MemoryRequest perNode(long megabytes) {
        return new PerNode(megabytes);
    }

    static MemoryRequest perCpu(long megabytes) {
        return new PerCpu(megabytes);
    }
}
