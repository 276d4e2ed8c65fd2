package org.flurm.protocol.message.info;

/**
 * A node's base state (SLURM's {@code NODE_STATE_*}, the low four bits of node record field #7
 * and of an update request's {@code node_state}), with the flag bits that may be or-ed above it.
 */
public enum NodeState {
    UNKNOWN(0),
    DOWN(1),
    IDLE(2),
    ALLOCATED(3),
    ERROR(4),
    MIXED(5),
    FUTURE(6);

    /** The bits of the wire value that hold the base state. */
    public static final int BASE_MASK = 0xF;

    public static final int NET = 0x10;
    public static final int RES = 0x20;
    public static final int UNDRAIN = 0x40;
    public static final int CLOUD = 0x80;
    /** Only in update requests: return a drained or down node to service. */
    public static final int RESUME = 0x100;
    public static final int DRAIN = 0x200;
    public static final int COMPLETING = 0x400;
    public static final int NO_RESPOND = 0x800;
    public static final int POWERED_DOWN = 0x1000;
    public static final int FAIL = 0x2000;
    public static final int POWERING_UP = 0x4000;
    public static final int MAINT = 0x8000;
    public static final int REBOOT_REQUESTED = 0x10000;
    public static final int REBOOT_CANCEL = 0x20000;
    public static final int POWERING_DOWN = 0x40000;
    public static final int DYNAMIC_FUTURE = 0x80000;
    public static final int REBOOT_ISSUED = 0x100000;
    public static final int PLANNED = 0x200000;
    public static final int INVALID_REG = 0x400000;
    public static final int POWER_DOWN = 0x800000;
    public static final int POWER_UP = 0x1000000;
    public static final int POWER_DRAIN = 0x2000000;
    public static final int DYNAMIC_NORM = 0x4000000;

    private static final NodeState[] BY_VALUE = values();

    private final int value;

    NodeState(int value) {
        this.value = value;
    }

    /** The number sent on the wire (without flags). */
    public int value() {
        return value;
    }

    /** The base state of a wire {@code node_state}, ignoring its flag bits. */
    public static NodeState baseOf(int nodeState) {
        final int base = nodeState & BASE_MASK;
        if (base >= BY_VALUE.length) {
            throw new IllegalArgumentException("unknown node state " + base);
        }
        return BY_VALUE[base];
    }
}
