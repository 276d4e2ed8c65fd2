package org.flurm.protocol.message.step;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The allocation layout ({@code _pack_resource_allocation_response_msg}), 22.05: batch_host
 * is new in 22.05, so 21.08's layout is not spoken.
 *
 * <p>LIMIT: an allocation on another cluster of a federation ends with that cluster's record;
 * such a body is refused as unsupported, and FLURM always writes "no cluster record".
 */
public final class ResourceAllocationCodec implements BodyCodec<ResourceAllocation> {

    public static final ResourceAllocationCodec INSTANCE = new ResourceAllocationCodec();

    /** The smallest address on the wire: a bare family. */
    private static final int MIN_ADDR_BYTES = 2;

    private ResourceAllocationCodec() {
    }

    @Override
    public ResourceAllocation decode(Unpacker in, int protocolVersion) throws DecodeException {
        return read(in, protocolVersion);
    }

    @Override
    public void encode(ResourceAllocation body, Packer out, int protocolVersion) {
        write(body, out, protocolVersion);
    }

    static ResourceAllocation read(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unreadable("resource allocation", protocolVersion);
        }
        final String account = in.str();
        final String aliasList = in.str();
        final String batchHost = in.str();
        final List<String> environment = in.strArray();
        final int errorCode = in.u32();
        final String jobSubmitUserMsg = in.str();
        final int jobId = in.u32();
        final int nodeCnt = in.u32();

        // the addresses follow only when present, as an array of node_cnt entries
        List<OrigAddr> nodeAddrs = null;
        if (StepFields.presence(in, "node_addr")) {
            final int count = in.arrayCount("node_addr", MIN_ADDR_BYTES);
            if (count != nodeCnt) {
                throw new DecodeException(DecodeException.Kind.INVALID, count
                        + " node addresses for " + Integer.toUnsignedString(nodeCnt) + " nodes");
            }
            nodeAddrs = in.elements(count, FrameCodec::readOrigAddr);
        }
        final String nodeList = in.str();
        final int ntasksPerBoard = in.u16();
        final int ntasksPerCore = in.u16();
        final int ntasksPerTres = in.u16();
        final int ntasksPerSocket = in.u16();
        final int numCpuGroups = in.u32();
        int[] cpusPerNode = null;
        int[] cpuCountReps = null;
        if (numCpuGroups != 0) {
            cpusPerNode = StepFields.sized(in.u16Array(), numCpuGroups, "cpus_per_node");
            cpuCountReps = StepFields.sized(in.u32Array(), numCpuGroups, "cpu_count_reps");
        }
        final String partition = in.str();
        final long pnMinMemory = in.u64();
        final String qos = in.str();
        final String resvName = in.str();
        final SelectJobInfo selectJobinfo = SelectJobInfo.read(in);
        if (StepFields.presence(in, "working_cluster_rec")) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "allocation on another federation cluster");
        }
        return new ResourceAllocation(account, aliasList, batchHost, environment, errorCode,
                jobSubmitUserMsg, jobId, nodeCnt, nodeAddrs, nodeList, ntasksPerBoard,
                ntasksPerCore, ntasksPerTres, ntasksPerSocket, cpusPerNode, cpuCountReps,
                partition, pnMinMemory, qos, resvName, selectJobinfo);
    }

    static void write(ResourceAllocation alloc, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("resource allocation", protocolVersion);
        }
        out.str(alloc.account());
        out.str(alloc.aliasList());
        out.str(alloc.batchHost());
        out.strArray(alloc.environment());
        out.u32(alloc.errorCode());
        out.str(alloc.jobSubmitUserMsg());
        out.u32(alloc.jobId());
        out.u32(alloc.nodeCnt());
        if (alloc.nodeAddrs() == null || alloc.nodeAddrs().isEmpty()) {
            out.u8(0);
        } else {
            out.u8(1);
            out.u32(alloc.nodeAddrs().size());
            alloc.nodeAddrs().forEach(addr -> FrameCodec.writeOrigAddr(out, addr));
        }
        out.str(alloc.nodeList());
        out.u16(alloc.ntasksPerBoard());
        out.u16(alloc.ntasksPerCore());
        out.u16(alloc.ntasksPerTres());
        out.u16(alloc.ntasksPerSocket());
        final int numCpuGroups = Counts.of(alloc.cpusPerNode());
        out.u32(numCpuGroups);
        if (numCpuGroups > 0) {
            out.u16Array(alloc.cpusPerNode());
            out.u32Array(alloc.cpuCountReps());
        }
        out.str(alloc.partition());
        out.u64(alloc.pnMinMemory());
        out.str(alloc.qos());
        out.str(alloc.resvName());
        alloc.selectJobinfo().write(out);
        out.u8(0);
    }
}
