package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The GRES state lists inside credentials and kill requests ({@code gres_job_state_pack},
 * {@code gres_step_state_pack}, {@code gres_job_alloc_pack}): a u16 record count, then records.
 *
 * <p>LIMIT: FLURM schedules no GRES yet, so only empty lists (count 0) are read or written; a
 * job with GPUs from a real slurmctld fails to decode with UNSUPPORTED.
 */
final class GresLists {

    private GresLists() {
    }

    static void readEmpty(Unpacker in, String what) throws DecodeException {
        final int records = in.u16();
        if (records != 0) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    what + " with " + records + " GRES records");
        }
    }

    static void writeEmpty(Packer out) {
        out.u16(0);
    }
}
