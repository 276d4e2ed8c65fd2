package org.flurm.protocol.pack;

/**
 * SLURM's "no value" and "unlimited" markers, as they travel on the wire.
 *
 * <p>Java has no unsigned integers, so a {@code u32} field holding {@link #NO_VAL} reads as the
 * {@code int} -2; compare with these constants, never with literals.
 */
public final class Sentinels {

    /** u8 and u16 fields are read as non-negative ints, so their markers are ints too. */
    public static final int INFINITE8 = 0xFF;
    public static final int NO_VAL8 = 0xFE;
    public static final int INFINITE16 = 0xFFFF;
    public static final int NO_VAL16 = 0xFFFE;

    /** u32 fields are read as raw (signed) ints: NO_VAL reads as -2, INFINITE as -1. */
    public static final int INFINITE = 0xFFFFFFFF;
    public static final int NO_VAL = 0xFFFFFFFE;
    public static final long INFINITE64 = 0xFFFFFFFFFFFFFFFFL;
    public static final long NO_VAL64 = 0xFFFFFFFFFFFFFFFEL;
    public static final long NO_CONSUME_VAL64 = 0xFFFFFFFFFFFFFFFDL;

    /** Job nice and site factor are sent offset by this, so that negative values fit a u32. */
    public static final int NICE_OFFSET = 0x80000000;

    /** Bit 63 of a memory amount: set means "per CPU", clear means "per node". */
    public static final long MEM_PER_CPU = 0x8000000000000000L;

    /** Step ids with a meaning of their own. */
    public static final int SLURM_BATCH_SCRIPT = 0xFFFFFFFB;
    public static final int SLURM_EXTERN_CONT = 0xFFFFFFFC;
    public static final int SLURM_PENDING_STEP = 0xFFFFFFFD;
    public static final int SLURM_INTERACTIVE_STEP = 0xFFFFFFFA;

    /** Largest job id SLURM hands out (26 bits; the upper bits carry the cluster id). */
    public static final int MAX_JOB_ID = 0x03FFFFFF;

    private Sentinels() {
    }
}
