package org.flurm.protocol.dbd;

import java.util.List;

/**
 * The usage a step reports at its end (jobacctinfo packed for the DBD): CPU times, energy and,
 * per TRES, fourteen usage arrays in wire order (usage_in_max ... usage_out_tot).
 */
public record JobAcct(long userCpuSec, int userCpuUsec, long sysCpuSec, int sysCpuUsec,
                      int actCpufreq, long consumedEnergy, int[] tresIds, List<TresRec> tresList,
                      List<long[]> usage) {

    /** How many per-TRES arrays follow the TRES list. */
    public static final int USAGE_ARRAYS = 14;
}
