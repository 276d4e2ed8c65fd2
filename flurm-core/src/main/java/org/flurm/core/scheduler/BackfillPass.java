package org.flurm.core.scheduler;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * sched/backfill: walks the queue again in priority order with a timeline of when resources
 * come back, finds each waiting job's earliest start, and either starts it now (when that does
 * not touch any resource promised to a job before it) or reserves its resources at that time so
 * that no later job can delay it. The planned times are what {@code squeue --start} shows.
 */
final class BackfillPass {
    private final SchedulingPass pass;
    private final Timeline timeline;
    private final long windowEnd;

    BackfillPass(SchedulingPass pass) {
        this.pass = pass;
        this.timeline = new Timeline(pass.now, pass.freeCpus, pass.freeMemory);
        for (long[] r : pass.releases) {
            timeline.release((int) r[0], r[1], (int) r[2], r[3]);
        }
        long window = pass.config.bfWindowSeconds();
        this.windowEnd = window >= Long.MAX_VALUE - pass.now ? Long.MAX_VALUE : pass.now + window;
    }

    /** Tests up to bf_max_job_test queue entries of jobs waiting for Priority or Resources. */
    void run() {
        int tested = 0;
        boolean[] reserved = new boolean[pass.start.length];
        for (SchedulingPass.QueueEntry entry : pass.queue) {
            int j = entry.job();
            if (pass.start[j] != null || reserved[j] || !waitsForResources(j)) {
                continue;
            }
            if (tested++ >= pass.config.bfMaxJobTest()) {
                break;
            }
            Plan plan = earliestStart(entry.shape());
            if (plan == null) {
                continue;
            }
            if (plan.time() == pass.now) {
                pass.startJob(entry, plan.placement(), true);
                long end = TimeLimit.end(pass.now, entry.shape().timeLimitMinutes);
                plan.placement().forEach(pl -> timeline.reserve(pl.rank(), pass.now, end,
                        pl.cpus(), pl.memoryMb()));
                continue;
            }
            reserve(entry, plan);
            reserved[j] = true;
        }
    }

    private boolean waitsForResources(int j) {
        JobStateReason why = pass.reason[j];
        return why == JobStateReason.WAIT_PRIORITY || why == JobStateReason.WAIT_RESOURCES;
    }

    /** A start time and the resources the job would get then. */
    private record Plan(long time, List<NodeSelector.Placement> placement) {
    }

    /**
     * The earliest time within the window at which the job fits for its whole time limit, or
     * null. Free resources only grow at the times some node gets something back, so those are
     * the only times worth trying (between two such times every node's outlook can only get
     * worse). A running count of free CPUs, and of the nodes with room for one task, keeps each
     * try cheap.
     */
    private Plan earliestStart(JobShape shape) {
        if (shape.impossible) {
            return null;
        }
        BitSet candidates = (BitSet) shape.eligible.clone();
        candidates.and(pass.index.schedulable);
        BitSet missing = (BitSet) shape.required.clone();
        missing.andNot(candidates);
        if (!missing.isEmpty()) {
            return null;
        }

        // What is free on each candidate now, and which candidates have room for a task.
        int n = pass.index.nodeCount;
        int[] cpus = new int[n];
        long[] memory = new long[n];
        BitSet roomy = new BitSet(n);
        long total = 0;
        for (int rank = candidates.nextSetBit(0); rank >= 0;
                rank = candidates.nextSetBit(rank + 1)) {
            cpus[rank] = timeline.cpusAt(rank, pass.now);
            memory[rank] = timeline.memoryAt(rank, pass.now);
            roomy.set(rank, hasRoom(shape, rank, cpus[rank]));
            total += cpus[rank];
        }
        Plan plan = tryAt(shape, pass.now, total, candidates, roomy);
        if (plan != null) {
            return plan;
        }

        // Then every later time at which some candidate gets resources back.
        for (Map.Entry<Long, List<Integer>> change
                : timeline.changes(pass.now, windowEnd).entrySet()) {
            long t = change.getKey();
            boolean grew = false;
            for (int rank : change.getValue()) {
                if (!candidates.get(rank)) {
                    continue;
                }
                int c = timeline.cpusAt(rank, t);
                long m = timeline.memoryAt(rank, t);
                grew |= c > cpus[rank] || m > memory[rank];
                total += c - cpus[rank];
                cpus[rank] = c;
                memory[rank] = m;
                roomy.set(rank, hasRoom(shape, rank, c));
            }
            if (grew) {
                plan = tryAt(shape, t, total, candidates, roomy);
                if (plan != null) {
                    return plan;
                }
            }
        }
        return null;
    }

    /** Whether a node with {@code cpus} free could take at least one of the job's tasks. */
    private boolean hasRoom(JobShape shape, int rank, int cpus) {
        return shape.wholeNode ? cpus >= pass.index.cpus[rank] : cpus >= shape.cpusPerTask;
    }

    /** Places the job at {@code t} for its time limit, if the free CPUs allow it at all. */
    private Plan tryAt(JobShape shape, long t, long freeCpus, BitSet candidates, BitSet roomy) {
        if (!shape.wholeNode && freeCpus < shape.minCpus()) {
            return null;
        }
        BitSet nodes = (BitSet) roomy.clone();
        nodes.and(candidates);
        nodes.or(shape.required);
        long end = TimeLimit.end(t, shape.timeLimitMinutes);
        List<NodeSelector.Placement> placement =
                pass.selector.place(shape, timeline.during(t, end), nodes);
        return placement == null ? null : new Plan(t, placement);
    }

    /** Holds the plan's resources in the timeline and records it for squeue --start. */
    private void reserve(SchedulingPass.QueueEntry entry, Plan plan) {
        int j = entry.job();
        long end = TimeLimit.end(plan.time(), entry.shape().timeLimitMinutes);
        NodeAllocation[] allocations = new NodeAllocation[plan.placement().size()];
        int i = 0;
        for (NodeSelector.Placement pl : plan.placement()) {
            timeline.reserve(pl.rank(), plan.time(), end, pl.cpus(), pl.memoryMb());
            allocations[i++] = new NodeAllocation(pass.index.nodeAtRank[pl.rank()], pl.cpus(),
                    pl.memoryMb());
        }
        Arrays.sort(allocations, (a, b) -> Integer.compare(a.node(), b.node()));
        pass.plannedStart[j] = plan.time();
        pass.plannedPartition[j] =
                pass.input.partitions().get(entry.partition()).name();
        pass.planned.set(j, List.of(allocations));
    }
}
