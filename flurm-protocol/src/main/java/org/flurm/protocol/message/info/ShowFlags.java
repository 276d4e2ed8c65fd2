package org.flurm.protocol.message.info;

/**
 * The {@code show_flags} bits a client sets in info requests (SLURM's {@code SHOW_*}), which
 * the controller echoes in job records (#21).
 */
public final class ShowFlags {

    /** Include hidden partitions and jobs the caller could otherwise not see. */
    public static final int SHOW_ALL = 0x0001;
    /** Add the detail sections: job_resources, GRES detail, node GRES usage. */
    public static final int SHOW_DETAIL = 0x0002;
    public static final int SHOW_MIXED = 0x0008;
    /** Only this cluster, not the federation; every stock CLI sets it. */
    public static final int SHOW_LOCAL = 0x0010;
    public static final int SHOW_SIBLING = 0x0020;
    public static final int SHOW_FEDERATION = 0x0040;
    public static final int SHOW_FUTURE = 0x0080;

    private ShowFlags() {
    }

    /** Whether every bit of {@code flag} is set in {@code showFlags}. */
    public static boolean has(int showFlags, int flag) {
        return (showFlags & flag) == flag;
    }
}
