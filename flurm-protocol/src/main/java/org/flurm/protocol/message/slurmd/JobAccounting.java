package org.flurm.protocol.message.slurmd;

import java.util.List;

/**
 * Resource usage of a job or step as slurmstepd gathered it ({@code jobacctinfo_t}); sent only
 * when a JobAcctGatherType plugin polls, otherwise absent.
 *
 * <p>Arrays are indexed like {@code tresIds} and are neither copied nor compared by value.
 *
 * @param actCpuFreq  average CPU frequency, kHz
 * @param tresIds     the TRES each usage array entry belongs to
 * @param usageIn     read-side usage (e.g. disk read bytes), per TRES
 * @param usageOut    write-side usage, per TRES
 */
public record JobAccounting(long userCpuSec, int userCpuUsec, long sysCpuSec, int sysCpuUsec,
                            int actCpuFreq, long consumedEnergy, int[] tresIds,
                            List<TresRecord> tresList, TresUsage usageIn, TresUsage usageOut) {

    public JobAccounting {
        tresList = tresList == null ? null : List.copyOf(tresList);
    }

    /**
     * Extremes and totals of one direction of usage, each array one value per TRES: the
     * maximum and minimum over tasks, which node and task they were seen on, and the total.
     */
    public record TresUsage(long[] max, long[] maxNodeId, long[] maxTaskId, long[] min,
                            long[] minNodeId, long[] minTaskId, long[] total) {
    }
}
