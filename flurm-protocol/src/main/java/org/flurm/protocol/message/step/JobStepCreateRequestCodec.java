package org.flurm.protocol.message.step;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The step creation request layout ({@code _pack_job_step_create_request_msg}), the same in
 * 21.08 and 22.05 (21.08 added container and submit_line, so 20.11's is not spoken).
 */
public final class JobStepCreateRequestCodec implements BodyCodec<JobStepCreateRequest> {

    public static final JobStepCreateRequestCodec INSTANCE = new JobStepCreateRequestCodec();

    private JobStepCreateRequestCodec() {
    }

    @Override
    public JobStepCreateRequest decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_21_08) {
            throw ProtocolVersion.unreadable("step creation request", protocolVersion);
        }
        final StepId stepId = StepId.read(in);
        final int userId = in.u32();
        final int minNodes = in.u32();
        final int maxNodes = in.u32();
        final String container = in.str();
        final int cpuCount = in.u32();
        final int cpuFreqMin = in.u32();
        final int cpuFreqMax = in.u32();
        final int cpuFreqGov = in.u32();
        final int numTasks = in.u32();
        final long pnMinMemory = in.u64();
        final int timeLimit = in.u32();
        final int threadsPerCore = in.u16();
        final int relative = in.u16();
        final int taskDist = in.u32();
        final int planeSize = in.u16();
        final int port = in.u16();
        final int immediate = in.u16();
        final int resvPortCnt = in.u16();
        final int srunPid = in.u32();
        final int flags = in.u32();
        final String host = in.str();
        final String name = in.str();
        final String network = in.str();
        final String nodeList = in.str();
        final String excNodes = in.str();
        final String features = in.str();
        final int stepHetCompCnt = in.u32();
        final String stepHetGrps = in.str();
        final String cpusPerTres = in.str();
        final String memPerTres = in.str();
        final int ntasksPerTres = in.u16();
        final String submitLine = in.str();
        final String tresBind = in.str();
        final String tresFreq = in.str();
        final String tresPerStep = in.str();
        final String tresPerNode = in.str();
        final String tresPerSocket = in.str();
        final String tresPerTask = in.str();
        return new JobStepCreateRequest(stepId, userId, minNodes, maxNodes, container, cpuCount,
                cpuFreqMin, cpuFreqMax, cpuFreqGov, numTasks, pnMinMemory, timeLimit,
                threadsPerCore, relative, taskDist, planeSize, port, immediate, resvPortCnt,
                srunPid, flags, host, name, network, nodeList, excNodes, features,
                stepHetCompCnt, stepHetGrps, cpusPerTres, memPerTres, ntasksPerTres, submitLine,
                tresBind, tresFreq, tresPerStep, tresPerNode, tresPerSocket, tresPerTask);
    }

    @Override
    public void encode(JobStepCreateRequest body, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_21_08) {
            throw ProtocolVersion.unwritable("step creation request", protocolVersion);
        }
        body.stepId().write(out);
        out.u32(body.userId()).u32(body.minNodes()).u32(body.maxNodes());
        out.str(body.container());
        out.u32(body.cpuCount());
        out.u32(body.cpuFreqMin()).u32(body.cpuFreqMax()).u32(body.cpuFreqGov());
        out.u32(body.numTasks());
        out.u64(body.pnMinMemory());
        out.u32(body.timeLimit());
        out.u16(body.threadsPerCore());
        out.u16(body.relative());
        out.u32(body.taskDist());
        out.u16(body.planeSize()).u16(body.port()).u16(body.immediate()).u16(body.resvPortCnt());
        out.u32(body.srunPid()).u32(body.flags());
        out.str(body.host()).str(body.name()).str(body.network());
        out.str(body.nodeList()).str(body.excNodes()).str(body.features());
        out.u32(body.stepHetCompCnt());
        out.str(body.stepHetGrps());
        out.str(body.cpusPerTres()).str(body.memPerTres());
        out.u16(body.ntasksPerTres());
        out.str(body.submitLine());
        out.str(body.tresBind()).str(body.tresFreq());
        out.str(body.tresPerStep()).str(body.tresPerNode()).str(body.tresPerSocket());
        out.str(body.tresPerTask());
    }
}
