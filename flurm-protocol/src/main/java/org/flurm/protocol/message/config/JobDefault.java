package org.flurm.protocol.message.config;

/**
 * One {@code JobDefaults} entry of slurm.conf or a partition.
 *
 * @param type  1 = DefCpuPerGPU, 2 = DefMemPerGPU (SLURM's {@code job_defaults_type})
 * @param value the default's value (CPUs, or MB)
 */
public record JobDefault(int type, long value) {

    public static final int DEF_CPU_PER_GPU = 1;
    public static final int DEF_MEM_PER_GPU = 2;
}
