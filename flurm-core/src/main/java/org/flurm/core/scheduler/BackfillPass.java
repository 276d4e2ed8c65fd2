package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

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
     * null. Resources only grow back at the times nodes change, so those are the only times
     * worth trying; a running total of free CPUs rules most of them out cheaply.
     */
    private Plan earliestStart(JobShape shape) {
        if (shape.impossible) {
            return null;
        }
        BitSet candidates = (BitSet) shape.eligible.clone();
        candidates.and(pass.index.schedulable);
        BitSet required = (BitSet) shape.required.clone();
        required.andNot(candidates);
        if (!required.isEmpty()) {
            return null;
        }

        // Every time a candidate node changes, with the change in free CPUs it brings.
        List<long[]> changes = new ArrayList<>();
        long freeTotal = 0;
        for (int rank = candidates.nextSetBit(0); rank >= 0;
                rank = candidates.nextSetBit(rank + 1)) {
            freeTotal += timeline.cpusAt(rank, pass.now);
        }
        BitSet changing = (BitSet) timeline.changing().clone();
        changing.and(candidates);
        for (int rank = changing.nextSetBit(0); rank >= 0; rank = changing.nextSetBit(rank + 1)) {
            int before = timeline.cpusAt(rank, pass.now);
            for (long t : timeline.changeTimes(rank)) {
                if (t >= windowEnd) {
                    break;
                }
                int after = timeline.cpusAt(rank, t);
                changes.add(new long[] {t, after - before});
                before = after;
            }
        }
        changes.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] times = new long[changes.size() + 1];
        long[] totals = new long[changes.size() + 1];
        times[0] = pass.now;
        totals[0] = freeTotal;
        int count = 1;
        for (long[] change : changes) {
            if (change[0] != times[count - 1]) {
                times[count] = change[0];
                totals[count] = totals[count - 1];
                count++;
            }
            totals[count - 1] += change[1];
        }

        // Try each change time in order; the first that fits is the earliest start.
        long neededCpus = shape.minCpus();
        for (int k = 0; k < count; k++) {
            long t = times[k];
            if (!shape.wholeNode && totals[k] < neededCpus) {
                continue;
            }
            long end = TimeLimit.end(t, shape.timeLimitMinutes);
            List<NodeSelector.Placement> placement =
                    pass.selector.place(shape, timeline.during(t, end), candidates);
            if (placement != null) {
                return new Plan(t, placement);
            }
        }
        return null;
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
