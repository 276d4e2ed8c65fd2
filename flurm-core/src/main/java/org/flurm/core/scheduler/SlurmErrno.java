package org.flurm.core.scheduler;

/** The SLURM 22.05 error numbers ({@code slurm/slurm_errno.h}) a submission can be refused with. */
public enum SlurmErrno {
    ESLURM_INVALID_PARTITION_NAME(2000),
    ESLURM_REQUESTED_NODES_NOT_IN_PARTITION(2004),
    ESLURM_TOO_MANY_REQUESTED_CPUS(2005),
    ESLURM_INVALID_NODE_COUNT(2006),
    ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE(2014),
    ESLURM_INVALID_NODE_NAME(2018),
    ESLURM_INVALID_FEATURE(2029),
    ESLURM_INVALID_TASK_MEMORY(2044),
    ESLURM_INVALID_TIME_LIMIT(2051),
    ESLURM_PARTITION_NOT_AVAIL(2070);

    private final int code;

    SlurmErrno(int code) {
        this.code = code;
    }

    /** The number sent to the client in RESPONSE_SLURM_RC. */
    public int code() {
        return code;
    }
}
