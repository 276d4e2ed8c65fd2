package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.JobDefault;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_PARTITION_INFO (2010): controller {@code pack_all_part} / {@code pack_part}, client
 * {@code _unpack_partition_info_msg} / {@code _unpack_partition_info_members}.
 *
 * <p>Numbers in comments are the fields of the partition record table in the protocol notes.
 */
public final class PartitionInfoCodec implements BodyCodec<PartitionInfoResponse> {

    /** A partition record takes at least one byte per field. */
    private static final int MIN_RECORD_BYTES = 37;

    @Override
    public PartitionInfoResponse decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        final int count = in.arrayCount("partition records", MIN_RECORD_BYTES);
        final long lastUpdate = in.time();
        final List<PartitionInfo> partitions =
                in.elements(count, r -> decodePartition(r, protocolVersion));
        return new PartitionInfoResponse(lastUpdate, partitions);
    }

    @Override
    public void encode(PartitionInfoResponse body, Packer out, int protocolVersion) {
        out.u32(body.partitions().size());
        out.time(body.lastUpdate());
        for (PartitionInfo partition : body.partitions()) {
            encodePartition(partition, out, protocolVersion);
        }
    }

    /** One partition record, fields in wire order. */
    static PartitionInfo decodePartition(Unpacker in, int protocolVersion)
            throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            // 21.08 lacks nodesets (#33); not written yet
            throw ProtocolVersion.unreadable("partition record", protocolVersion);
        }
        final String name = in.str();                              // 1
        final int cpuBind = in.u32();                              // 2
        final int graceTime = in.u32();                            // 3
        final int maxTime = in.u32();                              // 4
        final int defaultTime = in.u32();                          // 5
        final int maxNodes = in.u32();                             // 6
        final int minNodes = in.u32();                             // 7
        final int totalNodes = in.u32();                           // 8
        final int totalCpus = in.u32();                            // 9
        final long defMemPerCpu = in.u64();                        // 10
        final int maxCpusPerNode = in.u32();                       // 11
        final long maxMemPerCpu = in.u64();                        // 12
        final int flags = in.u16();                                // 13
        final int maxShare = in.u16();                             // 14
        final int overTimeLimit = in.u16();                        // 15
        final int preemptMode = in.u16();                          // 16
        final int priorityJobFactor = in.u16();                    // 17
        final int priorityTier = in.u16();                         // 18
        final int stateUp = in.u16();                              // 19
        final int crType = in.u16();                               // 20
        final int resumeTimeout = in.u16();                        // 21
        final int suspendTimeout = in.u16();                       // 22
        final int suspendTime = in.u32();                          // 23
        final String allowAccounts = in.str();                     // 24
        final String allowGroups = in.str();                       // 25
        final String allowAllocNodes = in.str();                   // 26
        final String allowQos = in.str();                          // 27
        final String qos = in.str();                               // 28
        final String alternate = in.str();                         // 29
        final String denyAccounts = in.str();                      // 30
        final String denyQos = in.str();                           // 31
        final String nodes = in.str();                             // 32
        final String nodesets = in.str();                          // 33, since 22.05
        final Bitmap nodeInx = in.bits();                          // 34
        final String billingWeights = in.str();                    // 35
        final String tresFmt = in.str();                           // 36
        final List<JobDefault> jobDefaults = JobDefault.readList(in); // 37
        return new PartitionInfo(name, cpuBind, graceTime, maxTime, defaultTime, maxNodes,
                minNodes, totalNodes, totalCpus, defMemPerCpu, maxCpusPerNode, maxMemPerCpu,
                flags, maxShare, overTimeLimit, preemptMode, priorityJobFactor, priorityTier,
                stateUp, crType, resumeTimeout, suspendTimeout, suspendTime, allowAccounts,
                allowGroups, allowAllocNodes, allowQos, qos, alternate, denyAccounts, denyQos,
                nodes, nodesets, nodeInx, billingWeights, tresFmt, jobDefaults);
    }

    /** One partition record, fields in wire order. */
    static void encodePartition(PartitionInfo p, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("partition record", protocolVersion);
        }
        out.str(p.name());                                         // 1
        out.u32(p.cpuBind());                                      // 2
        out.u32(p.graceTime());                                    // 3
        out.u32(p.maxTime());                                      // 4
        out.u32(p.defaultTime());                                  // 5
        out.u32(p.maxNodes());                                     // 6
        out.u32(p.minNodes());                                     // 7
        out.u32(p.totalNodes());                                   // 8
        out.u32(p.totalCpus());                                    // 9
        out.u64(p.defMemPerCpu());                                 // 10
        out.u32(p.maxCpusPerNode());                               // 11
        out.u64(p.maxMemPerCpu());                                 // 12
        out.u16(p.flags());                                        // 13
        out.u16(p.maxShare());                                     // 14
        out.u16(p.overTimeLimit());                                // 15
        out.u16(p.preemptMode());                                  // 16
        out.u16(p.priorityJobFactor());                            // 17
        out.u16(p.priorityTier());                                 // 18
        out.u16(p.stateUp());                                      // 19
        out.u16(p.crType());                                       // 20
        out.u16(p.resumeTimeout());                                // 21
        out.u16(p.suspendTimeout());                               // 22
        out.u32(p.suspendTime());                                  // 23
        out.str(p.allowAccounts());                                // 24
        out.str(p.allowGroups());                                  // 25
        out.str(p.allowAllocNodes());                              // 26
        out.str(p.allowQos());                                     // 27
        out.str(p.qos());                                          // 28
        out.str(p.alternate());                                    // 29
        out.str(p.denyAccounts());                                 // 30
        out.str(p.denyQos());                                      // 31
        out.str(p.nodes());                                        // 32
        out.str(p.nodesets());                                     // 33, since 22.05
        out.bits(p.nodeInx());                                     // 34
        out.str(p.billingWeights());                               // 35
        out.str(p.tresFmt());                                      // 36
        JobDefault.writeList(out, p.jobDefaults());                // 37
    }
}
