package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_NODE_INFO (2008): controller {@code pack_all_node} / {@code _pack_node}, client
 * {@code _unpack_node_info_msg} / {@code _unpack_node_info_members}.
 *
 * <p>Numbers in comments are the fields of the node record table in the protocol notes (§4.6.1).
 */
public final class NodeInfoCodec implements BodyCodec<NodeInfoResponse> {

    /** A node record takes at least one byte per field. */
    private static final int MIN_RECORD_BYTES = 45;

    @Override
    public NodeInfoResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int count = in.arrayCount("node records", MIN_RECORD_BYTES);
        final long lastUpdate = in.time();
        final List<NodeInfo> nodes = in.elements(count, r -> decodeNode(r, protocolVersion));
        return new NodeInfoResponse(lastUpdate, nodes);
    }

    @Override
    public void encode(NodeInfoResponse body, Packer out, int protocolVersion) {
        out.u32(body.nodes().size());
        out.time(body.lastUpdate());
        for (NodeInfo node : body.nodes()) {
            encodeNode(node, out, protocolVersion);
        }
    }

    /** One node record, every field in wire order. */
    static NodeInfo decodeNode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            // 21.08 lacks cpus_efctv (#22); not written yet
            throw ProtocolVersion.unreadable("node record", protocolVersion);
        }
        final String name = in.str();                              // 1
        final String nodeHostname = in.str();                      // 2
        final String nodeAddr = in.str();                          // 3
        final String bcastAddress = in.str();                      // 4
        final int port = in.u16();                                 // 5
        final int nextState = in.u32();                            // 6
        final int nodeState = in.u32();                            // 7
        final String version = in.str();                           // 8
        final int cpus = in.u16();                                 // 9
        final int boards = in.u16();                               // 10
        final int sockets = in.u16();                              // 11
        final int cores = in.u16();                                // 12
        final int threads = in.u16();                              // 13
        final long realMemory = in.u64();                          // 14
        final int tmpDisk = in.u32();                              // 15
        final String mcsLabel = in.str();                          // 16
        final int owner = in.u32();                                // 17
        final int coreSpecCount = in.u16();                        // 18
        final int cpuBind = in.u32();                              // 19
        final long memSpecLimit = in.u64();                        // 20
        final String cpuSpecList = in.str();                       // 21
        final int cpusEffective = in.u16();                        // 22, since 22.05
        final int cpuLoad = in.u32();                              // 23
        final long freeMem = in.u64();                             // 24
        final int weight = in.u32();                               // 25
        final int reasonUid = in.u32();                            // 26
        final long bootTime = in.time();                           // 27
        final long lastBusy = in.time();                           // 28
        final long reasonTime = in.time();                         // 29
        final long slurmdStartTime = in.time();                    // 30
        final NodeInfo.SelectNodeInfo select = decodeSelectNodeInfo(in); // 31
        final String arch = in.str();                              // 32
        final String features = in.str();                          // 33
        final String featuresActive = in.str();                    // 34
        final String gres = in.str();                              // 35
        final String gresDrain = in.str();                         // 36
        final String gresUsed = in.str();                          // 37
        final String os = in.str();                                // 38
        final String comment = in.str();                           // 39
        final String extra = in.str();                             // 40
        final String reason = in.str();                            // 41
        final EnergyData energy = EnergyData.read(in);             // 42
        final NodeInfo.ExtSensors extSensors = new NodeInfo.ExtSensors( // 43
                in.u64(), in.u32(), in.time(), in.u32());
        final int powerCapWatts = in.u32();                        // 44
        final String tresFmt = in.str();                           // 45
        return new NodeInfo(name, nodeHostname, nodeAddr, bcastAddress, port, nextState,
                nodeState, version, cpus, boards, sockets, cores, threads, realMemory, tmpDisk,
                mcsLabel, owner, coreSpecCount, cpuBind, memSpecLimit, cpuSpecList,
                cpusEffective, cpuLoad, freeMem, weight, reasonUid, bootTime, lastBusy,
                reasonTime, slurmdStartTime, select, arch, features, featuresActive, gres,
                gresDrain, gresUsed, os, comment, extra, reason, energy, extSensors,
                powerCapWatts, tresFmt);
    }

    /** One node record, every field in wire order. */
    static void encodeNode(NodeInfo n, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("node record", protocolVersion);
        }
        out.str(n.name());                                         // 1
        out.str(n.nodeHostname());                                 // 2
        out.str(n.nodeAddr());                                     // 3
        out.str(n.bcastAddress());                                 // 4
        out.u16(n.port());                                         // 5
        out.u32(n.nextState());                                    // 6
        out.u32(n.nodeState());                                    // 7
        out.str(n.version());                                      // 8
        out.u16(n.cpus());                                         // 9
        out.u16(n.boards());                                       // 10
        out.u16(n.sockets());                                      // 11
        out.u16(n.cores());                                        // 12
        out.u16(n.threads());                                      // 13
        out.u64(n.realMemory());                                   // 14
        out.u32(n.tmpDisk());                                      // 15
        out.str(n.mcsLabel());                                     // 16
        out.u32(n.owner());                                        // 17
        out.u16(n.coreSpecCount());                                // 18
        out.u32(n.cpuBind());                                      // 19
        out.u64(n.memSpecLimit());                                 // 20
        out.str(n.cpuSpecList());                                  // 21
        out.u16(n.cpusEffective());                                // 22, since 22.05
        out.u32(n.cpuLoad());                                      // 23
        out.u64(n.freeMem());                                      // 24
        out.u32(n.weight());                                       // 25
        out.u32(n.reasonUid());                                    // 26
        out.time(n.bootTime());                                    // 27
        out.time(n.lastBusy());                                    // 28
        out.time(n.reasonTime());                                  // 29
        out.time(n.slurmdStartTime());                             // 30

        final NodeInfo.SelectNodeInfo select = n.selectNodeInfo(); // 31
        out.u32(select.pluginId());
        out.u16(select.allocCpus());
        out.u64(select.allocMemory());
        out.str(select.tresAllocFmt());
        out.dbl(select.tresAllocWeighted());

        out.str(n.arch());                                         // 32
        out.str(n.features());                                     // 33
        out.str(n.featuresActive());                               // 34
        out.str(n.gres());                                         // 35
        out.str(n.gresDrain());                                    // 36
        out.str(n.gresUsed());                                     // 37
        out.str(n.os());                                           // 38
        out.str(n.comment());                                      // 39
        out.str(n.extra());                                        // 40
        out.str(n.reason());                                       // 41

        n.energy().write(out);                                     // 42

        final NodeInfo.ExtSensors sensors = n.extSensors();        // 43
        out.u64(sensors.consumedEnergy());
        out.u32(sensors.temperature());
        out.time(sensors.energyUpdateTime());
        out.u32(sensors.currentWatts());

        out.u32(n.powerCapWatts());                                // 44
        out.str(n.tresFmt());                                      // 45
    }

    /** §4.6.2: plugin id, then the cons_tres/cons_res/linear node data. */
    private static NodeInfo.SelectNodeInfo decodeSelectNodeInfo(Unpacker in)
            throws DecodeException {
        final int pluginId = in.u32();
        if (!SelectJobInfo.isSpoken(pluginId)) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "select plugin " + pluginId + " has node data FLURM cannot read");
        }
        final int allocCpus = in.u16();
        final long allocMemory = in.u64();
        final String tresAllocFmt = in.str();
        return new NodeInfo.SelectNodeInfo(pluginId, allocCpus, allocMemory, tresAllocFmt,
                in.dbl());
    }
}
