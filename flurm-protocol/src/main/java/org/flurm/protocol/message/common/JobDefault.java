package org.flurm.protocol.message.common;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * One {@code JobDefaults} entry of slurm.conf or a partition ({@code job_defaults_t}).
 *
 * @param type  1 = DefCpuPerGPU, 2 = DefMemPerGPU (SLURM's {@code job_defaults_type})
 * @param value the default's value (CPUs, or MB)
 */
public record JobDefault(int type, long value) {

    public static final int DEF_CPU_PER_GPU = 1;
    public static final int DEF_MEM_PER_GPU = 2;

    /** The bytes each entry takes on the wire: u16 type, u64 value. */
    private static final int WIRE_BYTES = 10;

    /** slurm_pack_list of job_defaults_pack: count (NO_VAL = NULL list, read as null), entries. */
    public static List<JobDefault> readList(Unpacker in) throws DecodeException {
        return in.list("job defaults", WIRE_BYTES,
                entry -> new JobDefault(entry.u16(), entry.u64()));
    }

    public static void writeList(Packer out, List<JobDefault> defaults) {
        out.list(defaults, (o, entry) -> o.u16(entry.type()).u64(entry.value()));
    }
}
