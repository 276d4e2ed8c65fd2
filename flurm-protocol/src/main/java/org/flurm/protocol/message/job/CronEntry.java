package org.flurm.protocol.message.job;

import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The schedule of a job submitted through scrontab ({@code crontab_entry}, job_desc #118): one
 * bitmap per crontab column, the original text and where it sits in the user's crontab.
 *
 * <p>On the wire it is a presence byte, then (when 1) the fields in component order. Its layout
 * is the same for 20.11, 21.08 and 22.05.
 *
 * @param flags       which columns were {@code *} ({@code WILD_*} bits)
 * @param minute      the minutes it runs at (SLURM sizes it 61 bits)
 * @param hour        the hours (25 bits)
 * @param dayOfMonth  the days of the month, numbered from 1 (32 bits)
 * @param month       the months, numbered from 1 (13 bits)
 * @param dayOfWeek   the days of the week, Sunday 0 (8 bits)
 * @param cronspec    the five columns as the user wrote them
 * @param lineStart   first line of the entry in the crontab file
 * @param lineEnd     last line of the entry in the crontab file
 */
public record CronEntry(int flags, Bitmap minute, Bitmap hour, Bitmap dayOfMonth, Bitmap month,
                        Bitmap dayOfWeek, String cronspec, int lineStart, int lineEnd) {

    /** {@link #flags} bits: the column was {@code *} in the crontab. */
    public static final int WILD_MINUTE = 0x02;
    public static final int WILD_HOUR = 0x04;
    public static final int WILD_DAY_OF_MONTH = 0x08;
    public static final int WILD_MONTH = 0x10;
    public static final int WILD_DAY_OF_WEEK = 0x20;

    /** Reads the presence byte and, when set, the entry; {@code null} when absent. */
    public static CronEntry read(Unpacker in, int protocolVersion) throws DecodeException {
        final int present = in.u8();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "crontab entry presence byte is " + present);
        }
        final int flags = in.u32();
        final Bitmap minute = in.bits();
        final Bitmap hour = in.bits();
        final Bitmap dayOfMonth = in.bits();
        final Bitmap month = in.bits();
        final Bitmap dayOfWeek = in.bits();
        final String cronspec = in.str();
        final int lineStart = in.u32();
        final int lineEnd = in.u32();
        return new CronEntry(flags, minute, hour, dayOfMonth, month, dayOfWeek, cronspec,
                lineStart, lineEnd);
    }

    /** Writes the presence byte and, for a non-null entry, the entry. */
    public static void write(CronEntry entry, Packer out, int protocolVersion) {
        if (entry == null) {
            out.u8(0);
            return;
        }
        out.u8(1);
        out.u32(entry.flags);
        out.bits(entry.minute);
        out.bits(entry.hour);
        out.bits(entry.dayOfMonth);
        out.bits(entry.month);
        out.bits(entry.dayOfWeek);
        out.str(entry.cronspec);
        out.u32(entry.lineStart);
        out.u32(entry.lineEnd);
    }
}
