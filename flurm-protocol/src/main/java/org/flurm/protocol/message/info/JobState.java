package org.flurm.protocol.message.info;

/**
 * A job's base state (SLURM's {@code JOB_*}, the low byte of job record field #15), with the
 * flag bits that may be or-ed above it.
 */
public enum JobState {
    PENDING(0),
    RUNNING(1),
    SUSPENDED(2),
    COMPLETE(3),
    CANCELLED(4),
    FAILED(5),
    TIMEOUT(6),
    NODE_FAIL(7),
    PREEMPTED(8),
    BOOT_FAIL(9),
    DEADLINE(10),
    OOM(11);

    /** The bits of the wire value that hold the base state. */
    public static final int BASE_MASK = 0xFF;

    public static final int LAUNCH_FAILED = 0x100;
    public static final int UPDATE_DB = 0x200;
    public static final int REQUEUE = 0x400;
    public static final int REQUEUE_HOLD = 0x800;
    public static final int SPECIAL_EXIT = 0x1000;
    public static final int RESIZING = 0x2000;
    public static final int CONFIGURING = 0x4000;
    public static final int COMPLETING = 0x8000;
    public static final int STOPPED = 0x10000;
    public static final int RECONFIG_FAIL = 0x20000;
    public static final int POWER_UP_NODE = 0x40000;
    public static final int REVOKED = 0x80000;
    public static final int REQUEUE_FED = 0x100000;
    public static final int RESV_DEL_HOLD = 0x200000;
    public static final int SIGNALING = 0x400000;
    public static final int STAGE_OUT = 0x800000;

    private static final JobState[] BY_VALUE = values();

    private final int value;

    JobState(int value) {
        this.value = value;
    }

    /** The number sent on the wire (without flags). */
    public int value() {
        return value;
    }

    /** The base state of a wire {@code job_state}, ignoring its flag bits. */
    public static JobState baseOf(int jobState) {
        final int base = jobState & BASE_MASK;
        if (base >= BY_VALUE.length) {
            throw new IllegalArgumentException("unknown job state " + base);
        }
        return BY_VALUE[base];
    }
}
