package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Small clusters and inputs shared by the scheduler tests. */
final class Fixtures {
    static final long NOW = 1_000_000;

    private Fixtures() {
    }

    /** {@code count} idle nodes n0, n1, ... of {@code cpus} CPUs and {@code memoryMb}. */
    static List<SchedulerNode> nodes(int count, int cpus, long memoryMb) {
        return IntStream.range(0, count)
                .mapToObj(i -> SchedulerNode.idle("n" + i, cpus, memoryMb)).toList();
    }

    /** All node indices of a cluster of {@code count} nodes. */
    static List<Integer> all(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    /** A partition "batch" with SLURM's defaults over all {@code count} nodes. */
    static SchedulerPartition batch(int count) {
        return SchedulerPartition.of("batch", all(count));
    }

    /** A job in "batch" submitted {@code jobId} seconds after time 0. */
    static PendingJob job(long jobId, JobRequirements req) {
        return PendingJob.of(jobId, "batch", jobId, req);
    }

    /** {@code tasks} one-CPU tasks, {@code mem} MB per node, {@code minutes} limit. */
    static JobRequirements tasks(int tasks, long mem, long minutes) {
        return JobRequirements.builder().tasks(tasks).memPerNode(mem).timeLimit(minutes)
                .build();
    }

    /** A running job on the given nodes, holding {@code cpus} and {@code mem} on each. */
    static RunningJob running(long jobId, long endTime, int cpus, long mem, int... nodes) {
        List<NodeAllocation> allocations = new ArrayList<>();
        for (int node : nodes) {
            allocations.add(new NodeAllocation(node, cpus, mem));
        }
        return new RunningJob(jobId, 1000, allocations, endTime, false);
    }

    /** Marks the running jobs' resources as allocated on their nodes. */
    static List<SchedulerNode> withRunning(List<SchedulerNode> nodes, List<RunningJob> jobs) {
        List<SchedulerNode> result = new ArrayList<>(nodes);
        for (RunningJob job : jobs) {
            for (NodeAllocation a : job.allocations()) {
                SchedulerNode n = result.get(a.node());
                result.set(a.node(), n.withAllocated(n.allocCpus() + a.cpus(),
                        n.allocMemoryMb() + a.memoryMb()));
            }
        }
        return result;
    }

    static SchedulingInput input(List<SchedulerNode> nodes, List<SchedulerPartition> parts,
            List<RunningJob> running, List<PendingJob> pending) {
        return new SchedulingInput(NOW, withRunning(nodes, running), parts, running, pending);
    }

    static SchedulingResult schedule(SchedulingInput input) {
        return Scheduler.withDefaults().schedule(input);
    }

    static JobDecision.Start started(SchedulingResult result, long jobId) {
        return (JobDecision.Start) result.decision(jobId);
    }

    static JobDecision.Pending pending(SchedulingResult result, long jobId) {
        return (JobDecision.Pending) result.decision(jobId);
    }
}
