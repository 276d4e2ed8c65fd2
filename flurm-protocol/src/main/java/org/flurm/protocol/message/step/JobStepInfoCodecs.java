package org.flurm.protocol.message.step;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The step info request and reply layouts ({@code _pack_job_step_info_req_msg},
 * {@code pack_ctld_job_step_info_response_msg}).
 *
 * <p>The reply is spoken in 22.05's layout only: 22.05 put the step count before the update
 * time (21.08 had it after), and 21.08 added container and submit_line to each step.
 */
public final class JobStepInfoCodecs {

    /** Fifteen u32s, two times, eighteen empty strings, a bitmap, plugin id and a u16. */
    private static final int MIN_STEP_BYTES = 15 * 4 + 2 * 8 + 18 * 4 + 4 + 4 + 2;

    /** REQUEST_JOB_STEP_INFO (2005): time last_update, step id, u16 show_flags. */
    public static final BodyCodec<JobStepInfoRequest> REQUEST = new BodyCodec<>() {
        @Override
        public JobStepInfoRequest decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            final long lastUpdate = in.time();
            final StepId stepId = StepId.read(in);
            return new JobStepInfoRequest(lastUpdate, stepId, in.u16());
        }

        @Override
        public void encode(JobStepInfoRequest body, Packer out, int protocolVersion) {
            out.time(body.lastUpdate());
            body.stepId().write(out);
            out.u16(body.showFlags());
        }
    };

    /** RESPONSE_JOB_STEP_INFO (2006): u32 step count, time last_update, the steps. */
    public static final BodyCodec<JobStepInfoResponse> RESPONSE = new BodyCodec<>() {
        @Override
        public JobStepInfoResponse decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            if (protocolVersion < ProtocolVersion.SLURM_22_05) {
                throw ProtocolVersion.unreadable("step info", protocolVersion);
            }
            final int count = in.arrayCount("job steps", MIN_STEP_BYTES);
            final long lastUpdate = in.time();
            return new JobStepInfoResponse(lastUpdate,
                    in.elements(count, JobStepInfoCodecs::readStep));
        }

        @Override
        public void encode(JobStepInfoResponse body, Packer out, int protocolVersion) {
            if (protocolVersion < ProtocolVersion.SLURM_22_05) {
                throw ProtocolVersion.unwritable("step info", protocolVersion);
            }
            out.u32(body.steps().size());
            out.time(body.lastUpdate());
            body.steps().forEach(step -> writeStep(step, out));
        }
    };

    private JobStepInfoCodecs() {
    }

    private static JobStepInfo readStep(Unpacker in) throws DecodeException {
        final int arrayJobId = in.u32();
        final int arrayTaskId = in.u32();
        final StepId stepId = StepId.read(in);
        final int userId = in.u32();
        final int numCpus = in.u32();
        final int cpuFreqMin = in.u32();
        final int cpuFreqMax = in.u32();
        final int cpuFreqGov = in.u32();
        final int numTasks = in.u32();
        final int taskDist = in.u32();
        final int timeLimit = in.u32();
        final int state = in.u32();
        final int srunPid = in.u32();
        final long startTime = in.time();
        final long runTime = in.time();
        final String cluster = in.str();
        final String container = in.str();
        final String partition = in.str();
        final String srunHost = in.str();
        final String resvPorts = in.str();
        final String nodes = in.str();
        final String name = in.str();
        final String network = in.str();
        final Bitmap nodeBitmap = in.bits();
        final SelectJobInfo selectJobinfo = SelectJobInfo.read(in);
        final String tresAllocStr = in.str();
        final int startProtocolVer = in.u16();
        final String cpusPerTres = in.str();
        final String memPerTres = in.str();
        final String submitLine = in.str();
        final String tresBind = in.str();
        final String tresFreq = in.str();
        final String tresPerStep = in.str();
        final String tresPerNode = in.str();
        final String tresPerSocket = in.str();
        final String tresPerTask = in.str();
        return new JobStepInfo(arrayJobId, arrayTaskId, stepId, userId, numCpus, cpuFreqMin,
                cpuFreqMax, cpuFreqGov, numTasks, taskDist, timeLimit, state, srunPid,
                startTime, runTime, cluster, container, partition, srunHost, resvPorts, nodes,
                name, network, nodeBitmap, selectJobinfo, tresAllocStr, startProtocolVer,
                cpusPerTres, memPerTres, submitLine, tresBind, tresFreq, tresPerStep,
                tresPerNode, tresPerSocket, tresPerTask);
    }

    private static void writeStep(JobStepInfo step, Packer out) {
        out.u32(step.arrayJobId()).u32(step.arrayTaskId());
        step.stepId().write(out);
        out.u32(step.userId()).u32(step.numCpus());
        out.u32(step.cpuFreqMin()).u32(step.cpuFreqMax()).u32(step.cpuFreqGov());
        out.u32(step.numTasks()).u32(step.taskDist()).u32(step.timeLimit());
        out.u32(step.state()).u32(step.srunPid());
        out.time(step.startTime()).time(step.runTime());
        out.str(step.cluster()).str(step.container()).str(step.partition());
        out.str(step.srunHost()).str(step.resvPorts()).str(step.nodes());
        out.str(step.name()).str(step.network());
        out.bits(step.nodeBitmap());
        step.selectJobinfo().write(out);
        out.str(step.tresAllocStr());
        out.u16(step.startProtocolVer());
        out.str(step.cpusPerTres()).str(step.memPerTres()).str(step.submitLine());
        out.str(step.tresBind()).str(step.tresFreq());
        out.str(step.tresPerStep()).str(step.tresPerNode()).str(step.tresPerSocket());
        out.str(step.tresPerTask());
    }
}
