package org.flurm.core.scheduler;

/**
 * The part of one node given to one job.
 *
 * @param node     index into {@link SchedulingInput#nodes()}
 * @param cpus     CPUs allocated on the node
 * @param memoryMb memory allocated on the node, MB
 */
public record NodeAllocation(int node, int cpus, long memoryMb) {
}
