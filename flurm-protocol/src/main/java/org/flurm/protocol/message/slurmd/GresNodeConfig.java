package org.flurm.protocol.message.slurmd;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The GRES a slurmd found on its node ({@code gres_node_config_pack}), sent inside its
 * registration: the packing slurmd's protocol version, then one record per gres.conf line.
 *
 * @param protocolVersion the version the records are packed in, stated by the slurmd itself
 */
public record GresNodeConfig(int protocolVersion, List<Record> records) {

    /** Marks the start of each GRES record on the wire. */
    static final int GRES_MAGIC = 0x438a34d4;

    public GresNodeConfig {
        records = List.copyOf(records);
    }

    /**
     * One configured GRES ({@code gres_slurmd_conf_t}).
     *
     * @param count       how many of it the node has
     * @param cpuCount    CPUs on the node, for the {@code cpus} bitmap text
     * @param configFlags GRES_CONF_* bits
     * @param pluginId    hash of the GRES name, as SLURM's plugins compute it
     * @param cpus        CPUs the GRES is bound to, as text (e.g. "0-7")
     * @param typeName    e.g. "a100" for gpu:a100
     */
    public record Record(long count, int cpuCount, int configFlags, int pluginId, String cpus,
                         String links, String name, String typeName, String uniqueId) {
    }

    /** An empty configuration in the version of the packing slurmd. */
    public static GresNodeConfig none(int protocolVersion) {
        return new GresNodeConfig(protocolVersion, List.of());
    }

    static GresNodeConfig read(Unpacker in) throws DecodeException {
        final int version = in.u16();
        final int count = in.u16();
        if (count > 0 && version < ProtocolVersion.SLURM_21_08) {
            // LIMIT: records from a 20.11 slurmd (u8 flags) are not read.
            throw ProtocolVersion.unreadable("gres.conf record", version);
        }
        final List<Record> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int magic = in.u32();
            if (magic != GRES_MAGIC) {
                throw new DecodeException(DecodeException.Kind.INVALID,
                        "GRES record " + i + " lacks its magic number");
            }
            records.add(new Record(in.u64(), in.u32(), in.u32(), in.u32(), in.str(), in.str(),
                    in.str(), in.str(), in.str()));
        }
        return new GresNodeConfig(version, records);
    }

    void write(Packer out) {
        if (!records.isEmpty() && protocolVersion < ProtocolVersion.SLURM_21_08) {
            throw ProtocolVersion.unwritable("gres.conf record", protocolVersion);
        }
        out.u16(protocolVersion).u16(records.size());
        for (Record record : records) {
            out.u32(GRES_MAGIC).u64(record.count()).u32(record.cpuCount())
                    .u32(record.configFlags()).u32(record.pluginId()).str(record.cpus())
                    .str(record.links()).str(record.name()).str(record.typeName())
                    .str(record.uniqueId());
        }
    }
}
