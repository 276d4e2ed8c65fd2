package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What is free on every node from now on, as a step function per node (SLURM backfill's
 * node_space, kept per node so CPUs and memory are tracked, not just whole nodes). Running jobs
 * give their resources back at their end time; backfill reservations take resources for a span.
 * Nodes with nothing scheduled to change keep a constant value and cost nothing.
 */
final class Timeline {
    private final long now;
    private final int[] baseCpus;
    private final long[] baseMemory;
    private final long[][] times;
    private final int[][] cpus;
    private final long[][] memory;
    private final int[] length;
    private final BitSet changing = new BitSet();
    private final TreeMap<Long, List<Integer>> changesByTime = new TreeMap<>();

    /** A timeline in which node {@code rank} has {@code freeCpus[rank]} etc. free from now on. */
    Timeline(long now, int[] freeCpus, long[] freeMemory) {
        int n = freeCpus.length;
        this.now = now;
        this.baseCpus = freeCpus.clone();
        this.baseMemory = freeMemory.clone();
        this.times = new long[n][];
        this.cpus = new int[n][];
        this.memory = new long[n][];
        this.length = new int[n];
    }

    /**
     * Gives {@code cpuCount} CPUs and {@code memoryMb} back on the node from {@code time} on. A
     * job past its end time is expected to end in the next second.
     */
    // LIMIT: times are exact seconds; SLURM rounds backfill times to bf_resolution (60 s).
    void release(int rank, long time, int cpuCount, long memoryMb) {
        if (time == Long.MAX_VALUE) {
            return;
        }
        add(rank, Math.max(time, now + 1), Long.MAX_VALUE, cpuCount, memoryMb);
    }

    /** Takes resources on the node for {@code [start, end)}. */
    void reserve(int rank, long start, long end, int cpuCount, long memoryMb) {
        add(rank, start, end, -cpuCount, -memoryMb);
    }

    /** The least number of CPUs free on the node during {@code [start, end)}. */
    int minCpus(int rank, long start, long end) {
        if (!changing.get(rank)) {
            return baseCpus[rank];
        }
        int k = segmentAt(rank, start);
        int min = cpus[rank][k];
        for (k++; k < length[rank] && times[rank][k] < end; k++) {
            min = Math.min(min, cpus[rank][k]);
        }
        return min;
    }

    /** The least memory free on the node during {@code [start, end)}. */
    long minMemory(int rank, long start, long end) {
        if (!changing.get(rank)) {
            return baseMemory[rank];
        }
        int k = segmentAt(rank, start);
        long min = memory[rank][k];
        for (k++; k < length[rank] && times[rank][k] < end; k++) {
            min = Math.min(min, memory[rank][k]);
        }
        return min;
    }

    /** CPUs free on the node at {@code time}. */
    int cpusAt(int rank, long time) {
        return changing.get(rank) ? cpus[rank][segmentAt(rank, time)] : baseCpus[rank];
    }

    /** Memory free on the node at {@code time}. */
    long memoryAt(int rank, long time) {
        return changing.get(rank) ? memory[rank][segmentAt(rank, time)] : baseMemory[rank];
    }

    /**
     * The times in {@code (after, before)} at which some node's free resources may change, each
     * with the nodes (ranks) concerned, in time order.
     */
    NavigableMap<Long, List<Integer>> changes(long after, long before) {
        return changesByTime.subMap(after, false, before, false);
    }

    /** The free resources during {@code [start, end)}, as a view for node selection. */
    ResourceView during(long start, long end) {
        return new ResourceView() {
            @Override
            public int freeCpus(int rank) {
                return minCpus(rank, start, end);
            }

            @Override
            public long freeMemory(int rank) {
                return minMemory(rank, start, end);
            }
        };
    }

    private void add(int rank, long start, long end, int cpuDelta, long memoryDelta) {
        ensureSteps(rank);
        int from = split(rank, start);
        int to = end == Long.MAX_VALUE ? length[rank] : split(rank, end);
        for (int k = from; k < to; k++) {
            cpus[rank][k] += cpuDelta;
            memory[rank][k] += memoryDelta;
        }
    }

    private void ensureSteps(int rank) {
        if (changing.get(rank)) {
            return;
        }
        changing.set(rank);
        times[rank] = new long[4];
        cpus[rank] = new int[4];
        memory[rank] = new long[4];
        times[rank][0] = now;
        cpus[rank][0] = baseCpus[rank];
        memory[rank][0] = baseMemory[rank];
        length[rank] = 1;
    }

    /** Makes {@code time} the start of a segment and returns that segment's position. */
    private int split(int rank, long time) {
        int k = segmentAt(rank, time);
        if (times[rank][k] == time) {
            return k;
        }
        int len = length[rank];
        if (len == times[rank].length) {
            times[rank] = Arrays.copyOf(times[rank], len * 2);
            cpus[rank] = Arrays.copyOf(cpus[rank], len * 2);
            memory[rank] = Arrays.copyOf(memory[rank], len * 2);
        }
        System.arraycopy(times[rank], k + 1, times[rank], k + 2, len - k - 1);
        System.arraycopy(cpus[rank], k + 1, cpus[rank], k + 2, len - k - 1);
        System.arraycopy(memory[rank], k + 1, memory[rank], k + 2, len - k - 1);
        times[rank][k + 1] = time;
        changesByTime.computeIfAbsent(time, t -> new ArrayList<>(2)).add(rank);
        cpus[rank][k + 1] = cpus[rank][k];
        memory[rank][k + 1] = memory[rank][k];
        length[rank] = len + 1;
        return k + 1;
    }

    /** The segment containing {@code time} (the last one starting at or before it). */
    private int segmentAt(int rank, long time) {
        int k = Arrays.binarySearch(times[rank], 0, length[rank], time);
        return k >= 0 ? k : Math.max(0, -k - 2);
    }
}
