package org.flurm.protocol.dbd;

/**
 * Usage statistics of a step (slurmdb_stats_t as packed inside step_rec): the CPU frequency,
 * energy and sixteen TRES usage strings in wire order (in_ave ... out_tot).
 */
public record StepStats(double actCpufreq, long consumedEnergy, java.util.List<String> tresUsage) {

    /** How many TRES usage strings a step carries. */
    public static final int TRES_USAGE_FIELDS = 16;

    public StepStats {
        if (tresUsage.size() != TRES_USAGE_FIELDS) {
            throw new IllegalArgumentException("step stats need " + TRES_USAGE_FIELDS
                    + " TRES usage strings, got " + tresUsage.size());
        }
        tresUsage = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tresUsage));
    }
}
