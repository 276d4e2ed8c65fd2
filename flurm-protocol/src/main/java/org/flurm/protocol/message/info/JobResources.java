package org.flurm.protocol.message.info;

import java.util.Arrays;
import java.util.Objects;

import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Counts;

/**
 * What a job was given, host by host ({@code job_resources}, job field #63): sent only when the
 * request asked for SHOW_DETAIL ({@code scontrol -d show job}, {@code squeue -o %C}).
 *
 * <p>Arrays hold u16 values as non-negative ints and u32 values raw; an empty array travels like
 * a missing one (count 0) and is kept as null. Equality compares array contents. The arrays the
 * accessors return are the record's own (copied once, on construction): do not change them.
 *
 * @param nhosts hosts in the allocation
 * @param nodeReq {@code NODE_CR_*}: 0 available, 1 one row, 64000 reserved
 * @param nodes hostlist of the allocation
 * @param wholeNode u8 flag
 * @param threadsPerCore NO_VAL16 = not set
 * @param crType select type parameters ({@code CR_*} bits, e.g. 4 = CR_CORE)
 * @param cpuArrayReps run-length counts for {@code cpuArrayValue}
 * @param cpuArrayValue CPUs per host, one per run; as many as {@code cpuArrayReps}
 * @param cpus CPUs per host; exactly {@code nhosts} of them
 * @param memoryAllocated MB per host
 * @param socketsPerNode one per group of hosts with the same geometry
 * @param sockCoreRepCount how many consecutive hosts each geometry group covers
 * @param coreBitmap the allocated cores over all allocated hosts
 */
public record JobResources(int nhosts, int ncpus, int nodeReq, String nodes, int wholeNode,
                           int threadsPerCore, int crType, int[] cpuArrayReps,
                           int[] cpuArrayValue, int[] cpus, int[] cpusUsed,
                           long[] memoryAllocated, long[] memoryUsed, int[] socketsPerNode,
                           int[] coresPerSocket, int[] sockCoreRepCount, Bitmap coreBitmap,
                           Bitmap coreBitmapUsed) {

    public JobResources {
        cpuArrayReps = orNull(cpuArrayReps);
        cpuArrayValue = orNull(cpuArrayValue);
        cpus = orNull(cpus);
        cpusUsed = orNull(cpusUsed);
        memoryAllocated = orNull(memoryAllocated);
        memoryUsed = orNull(memoryUsed);
        socketsPerNode = orNull(socketsPerNode);
        coresPerSocket = orNull(coresPerSocket);
        sockCoreRepCount = orNull(sockCoreRepCount);

        // the two checks the client makes before accepting the record
        if (Counts.of(cpuArrayValue) != Counts.of(cpuArrayReps)) {
            throw new IllegalArgumentException("cpu_array_value has " + Counts.of(cpuArrayValue)
                    + " entries, cpu_array_reps " + Counts.of(cpuArrayReps));
        }
        if (Counts.of(cpus) != nhosts) {
            throw new IllegalArgumentException(
                    "cpus has " + Counts.of(cpus) + " entries for " + nhosts + " hosts");
        }
    }

    private static int[] orNull(int[] values) {
        return values == null || values.length == 0 ? null : values.clone();
    }

    private static long[] orNull(long[] values) {
        return values == null || values.length == 0 ? null : values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobResources o
                && nhosts == o.nhosts && ncpus == o.ncpus && nodeReq == o.nodeReq
                && Objects.equals(nodes, o.nodes) && wholeNode == o.wholeNode
                && threadsPerCore == o.threadsPerCore && crType == o.crType
                && Arrays.equals(cpuArrayReps, o.cpuArrayReps)
                && Arrays.equals(cpuArrayValue, o.cpuArrayValue)
                && Arrays.equals(cpus, o.cpus) && Arrays.equals(cpusUsed, o.cpusUsed)
                && Arrays.equals(memoryAllocated, o.memoryAllocated)
                && Arrays.equals(memoryUsed, o.memoryUsed)
                && Arrays.equals(socketsPerNode, o.socketsPerNode)
                && Arrays.equals(coresPerSocket, o.coresPerSocket)
                && Arrays.equals(sockCoreRepCount, o.sockCoreRepCount)
                && Objects.equals(coreBitmap, o.coreBitmap)
                && Objects.equals(coreBitmapUsed, o.coreBitmapUsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nhosts, ncpus, nodes, Arrays.hashCode(cpus), coreBitmap);
    }

    @Override
    public String toString() {
        return "JobResources[nhosts=" + nhosts + ", ncpus=" + ncpus + ", nodes=" + nodes
                + ", cpus=" + Arrays.toString(cpus)
                + ", memoryAllocated=" + Arrays.toString(memoryAllocated)
                + ", coreBitmap=" + (coreBitmap == null ? null : coreBitmap.toHex()) + "]";
    }
}
