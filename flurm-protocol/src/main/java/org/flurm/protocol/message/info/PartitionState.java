package org.flurm.protocol.message.info;

/**
 * A partition's {@code state_up} (partition record field #19) and the {@code PART_FLAG_*} bits of
 * its {@code flags} (#13).
 */
public enum PartitionState {
    INACTIVE(0),
    /** Accepts submissions, starts nothing. */
    DOWN(1),
    /** Starts what is queued, accepts no submissions. */
    DRAIN(2),
    UP(3);

    public static final int FLAG_DEFAULT = 0x0001;
    public static final int FLAG_HIDDEN = 0x0002;
    public static final int FLAG_NO_ROOT = 0x0004;
    public static final int FLAG_ROOT_ONLY = 0x0008;
    public static final int FLAG_REQ_RESV = 0x0010;
    public static final int FLAG_LLN = 0x0020;
    public static final int FLAG_EXCLUSIVE_USER = 0x0040;

    private static final PartitionState[] BY_VALUE = values();

    private final int value;

    PartitionState(int value) {
        this.value = value;
    }

    /** The number sent on the wire. */
    public int value() {
        return value;
    }

    /** The state with this wire value. */
    public static PartitionState of(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("unknown partition state " + value);
        }
        return BY_VALUE[value];
    }
}
