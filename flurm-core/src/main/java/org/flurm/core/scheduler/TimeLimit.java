package org.flurm.core.scheduler;

/**
 * SLURM's sentinels for time limits in minutes, kept at their 32-bit wire values so limits can
 * be passed through from decoded messages unchanged.
 */
public final class TimeLimit {
    /** No limit: the job may run for ever. */
    public static final long INFINITE = 0xFFFF_FFFFL;
    /** Not given: the partition's DefaultTime (or MaxTime) applies. */
    public static final long NO_VAL = 0xFFFF_FFFEL;

    private TimeLimit() {
    }

    /** The end of a run of {@code minutes} starting at {@code start}; never for INFINITE. */
    static long end(long start, long minutes) {
        if (minutes == INFINITE || minutes == NO_VAL) {
            return Long.MAX_VALUE;
        }
        return start + minutes * 60;
    }
}
