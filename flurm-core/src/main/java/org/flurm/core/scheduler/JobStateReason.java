package org.flurm.core.scheduler;

/**
 * Why a job is still pending: the subset of SLURM 22.05's {@code enum job_state_reason} that this
 * scheduler can produce, with the number sent on the wire and the word squeue prints.
 */
public enum JobStateReason {
    WAIT_NO_REASON(0, "None"),
    WAIT_PRIORITY(1, "Priority"),
    WAIT_DEPENDENCY(2, "Dependency"),
    WAIT_RESOURCES(3, "Resources"),
    WAIT_PART_NODE_LIMIT(4, "PartitionNodeLimit"),
    WAIT_PART_TIME_LIMIT(5, "PartitionTimeLimit"),
    WAIT_PART_DOWN(6, "PartitionDown"),
    WAIT_PART_INACTIVE(7, "PartitionInactive"),
    WAIT_HELD(8, "JobHeldAdmin"),
    WAIT_TIME(9, "BeginTime"),
    WAIT_NODE_NOT_AVAIL(15, "ReqNodeNotAvail"),
    WAIT_HELD_USER(16, "JobHeldUser"),
    FAIL_BAD_CONSTRAINTS(21, "BadConstraints"),
    WAIT_DEP_INVALID(39, "DependencyNeverSatisfied"),
    WAIT_ARRAY_TASK_LIMIT(72, "JobArrayTaskLimit"),
    WAIT_PART_CONFIG(178, "PartitionConfig"),
    WAIT_PN_MEM_LIMIT(182, "MaxMemPerLimit");

    private final int code;
    private final String text;

    JobStateReason(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The value of the reason on the wire (job_info's state_reason). */
    public int code() {
        return code;
    }

    /** What squeue shows in its REASON column. */
    public String text() {
        return text;
    }
}
