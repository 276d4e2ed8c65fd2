package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * MESSAGE_NODE_REGISTRATION_STATUS (1002), {@code _pack_node_registration_status_msg}.
 *
 * <p>22.05 added {@code hostname} and {@code dynamic_conf} and widened {@code dynamic_type}
 * from a boolean to a u8; 21.08 and 20.11 share the older layout.
 */
public final class NodeRegistrationStatusCodec implements BodyCodec<NodeRegistrationStatus> {

    @Override
    public NodeRegistrationStatus decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unreadable("node_registration_status", protocolVersion);
        }
        final boolean since2205 = protocolVersion >= ProtocolVersion.SLURM_22_05;
        final long timestamp = in.time();                               // 1
        final long slurmdStartTime = in.time();                         // 2
        final int status = in.u32();                                    // 3
        final String featuresActive = in.str();                         // 4
        final String featuresAvail = in.str();                          // 5
        final String hostname = since2205 ? in.str() : null;            // 6
        final String nodeName = in.str();                               // 7
        final String arch = in.str();                                   // 8
        final String cpuSpecList = in.str();                            // 9
        final String os = in.str();                                     // 10
        final int cpus = in.u16();                                      // 11
        final int boards = in.u16();                                    // 12
        final int sockets = in.u16();                                   // 13
        final int cores = in.u16();                                     // 14
        final int threads = in.u16();                                   // 15
        final long realMemory = in.u64();                               // 16
        final int tmpDisk = in.u32();                                   // 17
        final int upTime = in.u32();                                    // 18
        final int hashVal = in.u32();                                   // 19
        final int cpuLoad = in.u32();                                   // 20
        final long freeMem = in.u64();                                  // 21
        final int jobCount = in.arrayCount("running steps", 12);        // 22
        final List<StepId> steps = in.elements(jobCount, StepId::read); // 23
        final int flags = in.u16();                                     // 24
        final GresNodeConfig gresInfo = readGresInfo(in);               // 25-26
        final EnergyData energy = EnergyData.read(in);                  // 27
        final String version = in.str();                                // 28
        final int dynamicType = since2205 ? in.u8() : (in.bool() ? 1 : 0); // 29
        final String dynamicConf = since2205 ? in.str() : null;         // 30
        final String dynamicFeature = in.str();                         // 31
        return new NodeRegistrationStatus(timestamp, slurmdStartTime, status, featuresActive,
                featuresAvail, hostname, nodeName, arch, cpuSpecList, os, cpus, boards, sockets,
                cores, threads, realMemory, tmpDisk, upTime, hashVal, cpuLoad, freeMem, steps,
                flags, gresInfo, energy, version, dynamicType, dynamicConf, dynamicFeature);
    }

    /**
     * The GRES block: a u32 size, then (only if not 0) the block as packmem, whose own length
     * repeats the size. The block must be exactly as long as it claims.
     */
    private static GresNodeConfig readGresInfo(Unpacker in) throws DecodeException {
        final int size = in.u32();
        if (size == 0) {
            return null;
        }
        final byte[] block = in.mem();
        if (block == null || block.length != size) {
            throw new DecodeException(DecodeException.Kind.INVALID, "gres_info_size "
                    + Integer.toUnsignedString(size) + " disagrees with its block");
        }
        final Unpacker gres = new Unpacker(block);
        final GresNodeConfig config = GresNodeConfig.read(gres);
        gres.expectEnd("gres_info");
        return config;
    }

    @Override
    public void encode(NodeRegistrationStatus reg, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unwritable("node_registration_status", protocolVersion);
        }
        final boolean since2205 = protocolVersion >= ProtocolVersion.SLURM_22_05;
        out.time(reg.timestamp());                                      // 1
        out.time(reg.slurmdStartTime());                                // 2
        out.u32(reg.status());                                          // 3
        out.str(reg.featuresActive());                                  // 4
        out.str(reg.featuresAvail());                                   // 5
        if (since2205) {
            out.str(reg.hostname());                                    // 6
        }
        out.str(reg.nodeName());                                        // 7
        out.str(reg.arch());                                            // 8
        out.str(reg.cpuSpecList());                                     // 9
        out.str(reg.os());                                              // 10
        out.u16(reg.cpus());                                            // 11
        out.u16(reg.boards());                                          // 12
        out.u16(reg.sockets());                                         // 13
        out.u16(reg.cores());                                           // 14
        out.u16(reg.threads());                                         // 15
        out.u64(reg.realMemory());                                      // 16
        out.u32(reg.tmpDisk());                                         // 17
        out.u32(reg.upTime());                                          // 18
        out.u32(reg.hashVal());                                         // 19
        out.u32(reg.cpuLoad());                                         // 20
        out.u64(reg.freeMem());                                         // 21
        out.u32(reg.steps().size());                                    // 22
        for (StepId step : reg.steps()) {
            step.write(out);                                            // 23
        }
        out.u16(reg.flags());                                           // 24
        if (reg.gresInfo() == null) {
            out.u32(0);                                                 // 25
        } else {
            final Packer gres = new Packer(64);
            reg.gresInfo().write(gres);
            out.u32(gres.size());                                       // 25
            out.mem(gres.toByteArray());                                // 26
        }
        reg.energy().write(out);                                        // 27
        out.str(reg.version());                                         // 28
        if (since2205) {
            out.u8(reg.dynamicType());                                  // 29
            out.str(reg.dynamicConf());                                 // 30
        } else {
            out.bool(reg.dynamicType() != 0);                           // 29
        }
        out.str(reg.dynamicFeature());                                  // 31
    }
}
