package org.flurm.core.scheduler;

/**
 * The slurm.conf settings the scheduler obeys.
 *
 * @param bfMaxJobTest     SchedulerParameters bf_max_job_test: jobs backfill looks at per pass
 * @param bfWindowSeconds  bf_window in seconds: how far ahead backfill plans
 * @param defMemPerCpuMb   cluster DefMemPerCPU (0 = not set)
 * @param defMemPerNodeMb  cluster DefMemPerNode (0 = not set)
 * @param wholeCores       SelectTypeParameters CR_Core: CPUs are handed out as whole cores
 */
public record SchedulerConfig(int bfMaxJobTest, long bfWindowSeconds, long defMemPerCpuMb,
        long defMemPerNodeMb, boolean wholeCores) {

    /** SLURM 22.05's defaults: bf_max_job_test=500, bf_window=1440 minutes, CR_Core_Memory. */
    public static final SchedulerConfig DEFAULTS =
            new SchedulerConfig(500, 24 * 60 * 60, 0, 0, true);

    public SchedulerConfig withBfMaxJobTest(int value) {
        return new SchedulerConfig(value, bfWindowSeconds, defMemPerCpuMb, defMemPerNodeMb,
                wholeCores);
    }

    public SchedulerConfig withBfWindowSeconds(long value) {
        return new SchedulerConfig(bfMaxJobTest, value, defMemPerCpuMb, defMemPerNodeMb,
                wholeCores);
    }
}
