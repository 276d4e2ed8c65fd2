package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * One trackable resource ({@code slurmdb_tres_rec_t}): cpu, mem, energy, node, billing,
 * fs/disk, ... with its database id, as slurmctld tells slurmd and slurmstepd reports usage.
 *
 * @param type e.g. "cpu" or "fs"
 * @param name e.g. "disk" for fs/disk, null for plain types
 */
public record TresRecord(long allocSecs, long count, int id, String type, String name) {

    /** slurmdb_pack_tres_rec: u64 alloc_secs, u64 count, u32 id, str name, str type. */
    static TresRecord read(Unpacker in) throws DecodeException {
        final long allocSecs = in.u64();
        final long count = in.u64();
        final int id = in.u32();
        final String name = in.str();
        final String type = in.str();
        return new TresRecord(allocSecs, count, id, type, name);
    }

    void write(Packer out) {
        out.u64(allocSecs).u64(count).u32(id).str(name).str(type);
    }

    /** slurm_pack_list of TRES records: count (NO_VAL = NULL list, read as null) then records. */
    static List<TresRecord> readList(Unpacker in) throws DecodeException {
        return in.list("TRES records", 28, TresRecord::read);
    }

    static void writeList(Packer out, List<TresRecord> records) {
        out.list(records, (o, record) -> record.write(o));
    }
}
