package org.flurm.core.scheduler;

import java.util.Set;

/**
 * One node as the scheduler sees it: its configured size, features and weight, its state, and
 * how much of it is allocated to running jobs at the time of the snapshot.
 *
 * @param name            NodeName
 * @param sockets         Sockets (Boards are folded in)
 * @param coresPerSocket  CoresPerSocket
 * @param threadsPerCore  ThreadsPerCore
 * @param cpus            CPUs usable by jobs
 * @param realMemoryMb    RealMemory in MB
 * @param features        available features
 * @param weight          Weight: lower weights are used first
 * @param state           base state and flags
 * @param allocCpus       CPUs allocated to running jobs
 * @param allocMemoryMb   memory allocated to running jobs, MB
 */
public record SchedulerNode(String name, int sockets, int coresPerSocket, int threadsPerCore,
        int cpus, long realMemoryMb, Set<String> features, int weight, NodeState state,
        int allocCpus, long allocMemoryMb) {

    public SchedulerNode {
        features = Set.copyOf(features);
        if (cpus <= 0 || threadsPerCore <= 0) {
            throw new IllegalArgumentException("node " + name + ": CPUs and threads must be > 0");
        }
    }

    /** An idle, unallocated node of {@code cpus} single-thread cores and no features. */
    public static SchedulerNode idle(String name, int cpus, long realMemoryMb) {
        return new SchedulerNode(name, 1, cpus, 1, cpus, realMemoryMb, Set.of(), 1,
                NodeState.IDLE, 0, 0);
    }

    public SchedulerNode withFeatures(String... newFeatures) {
        return new SchedulerNode(name, sockets, coresPerSocket, threadsPerCore, cpus,
                realMemoryMb, Set.of(newFeatures), weight, state, allocCpus, allocMemoryMb);
    }

    public SchedulerNode withWeight(int newWeight) {
        return new SchedulerNode(name, sockets, coresPerSocket, threadsPerCore, cpus,
                realMemoryMb, features, newWeight, state, allocCpus, allocMemoryMb);
    }

    public SchedulerNode withState(NodeState newState) {
        return new SchedulerNode(name, sockets, coresPerSocket, threadsPerCore, cpus,
                realMemoryMb, features, weight, newState, allocCpus, allocMemoryMb);
    }

    public SchedulerNode withAllocated(int newAllocCpus, long newAllocMemoryMb) {
        return new SchedulerNode(name, sockets, coresPerSocket, threadsPerCore, cpus,
                realMemoryMb, features, weight, state, newAllocCpus, newAllocMemoryMb);
    }

    /** The same node with hardware threads: {@code cpus = sockets * cores * threads}. */
    public SchedulerNode withTopology(int newSockets, int newCoresPerSocket, int newThreads) {
        return new SchedulerNode(name, newSockets, newCoresPerSocket, newThreads,
                newSockets * newCoresPerSocket * newThreads, realMemoryMb, features, weight,
                state, allocCpus, allocMemoryMb);
    }
}
