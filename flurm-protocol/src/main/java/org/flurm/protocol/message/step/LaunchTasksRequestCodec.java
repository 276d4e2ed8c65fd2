package org.flurm.protocol.message.step;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.JobCredential;
import org.flurm.protocol.message.slurmd.JobCredentialCodec;
import org.flurm.protocol.message.step.LaunchTasksRequest.JobOption;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * The task launch layout ({@code _pack_launch_tasks_request_msg}), 22.05 only: 22.05 added
 * mpi_plugin_id and the credential's own version and dropped partition, so 21.08's layout
 * is not spoken.
 */
public final class LaunchTasksRequestCodec implements BodyCodec<LaunchTasksRequest> {

    public static final LaunchTasksRequestCodec INSTANCE = new LaunchTasksRequestCodec();

    /** The tag {@code job_options_pack} writes before the spank options. */
    static final String JOB_OPTIONS_TAG = "job_options";

    private LaunchTasksRequestCodec() {
    }

    @Override
    public LaunchTasksRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unreadable("task launch", protocolVersion);
        }
        final StepId stepId = StepId.read(in);
        final int uid = in.u32();
        final int gid = in.u32();
        final String userName = in.str();
        final int[] gids = in.u32Array();

        // heterogeneous step placement, NO_VAL counts for an ordinary step
        final int hetJobNodeOffset = in.u32();
        final int hetJobId = in.u32();
        final int hetJobNnodes = StepFields.u32CountOrNone(in, "het_job_nnodes", 4);
        final List<int[]> hetJobTids =
                hetJobNnodes < 0 ? null : in.elements(hetJobNnodes, Unpacker::u32Array);
        final int hetJobNtasks = StepFields.u32CountOrNone(in, "het_job_ntasks", 4);
        int[] hetJobTidOffsets = null;
        if (hetJobNtasks >= 0) {
            hetJobTidOffsets = new int[hetJobNtasks];
            for (int i = 0; i < hetJobNtasks; i++) {
                hetJobTidOffsets[i] = in.u32();
            }
        }
        final int hetJobOffset = in.u32();
        final int hetJobStepCnt = in.u32();
        final int hetJobTaskOffset = in.u32();
        final String hetJobNodeList = in.str();

        final int mpiPluginId = in.u32();
        final int ntasks = in.u32();
        final int ntasksPerBoard = in.u16();
        final int ntasksPerCore = in.u16();
        final int ntasksPerTres = in.u16();
        final int ntasksPerSocket = in.u16();
        final long jobMemLim = in.u64();
        final long stepMemLim = in.u64();
        final int nnodes = in.arrayCount("nnodes", 6);
        final int cpusPerTask = in.u16();
        final String tresPerTask = in.str();
        final int threadsPerCore = in.u16();
        final int taskDist = in.u32();
        final int nodeCpus = in.u16();
        final int jobCoreSpec = in.u16();
        final int accelBindType = in.u16();
        final int credVersion = in.u16();
        final JobCredential cred = JobCredentialCodec.read(in, credVersion);

        // per node: u16 task count, then the task ids as a u32 array of that count
        final List<int[]> globalTaskIds = in.elements(nnodes, node -> {
            final int tasksToLaunch = node.u16();
            return StepFields.sized(node.u32Array(), tasksToLaunch, "global_task_ids");
        });
        final int[] respPorts = readPorts(in, "resp_port");
        final OrigAddr origAddr = FrameCodec.readOrigAddr(in);
        final List<String> env = in.strArray();
        final List<String> spankJobEnv = in.strArray();
        final String container = in.str();
        final String cwd = in.str();
        final int cpuBindType = in.u16();
        final String cpuBind = in.str();
        final int memBindType = in.u16();
        final String memBind = in.str();
        final List<String> argv = in.strArray();
        final int flags = in.u32();
        final String ofname = in.str();
        final String efname = in.str();
        final String ifname = in.str();
        final int[] ioPorts = readPorts(in, "io_port");
        final int profile = in.u32();
        final String taskProlog = in.str();
        final String taskEpilog = in.str();
        final int slurmdDebug = in.u16();
        final SwitchJobInfo switchJob = SwitchJobInfo.read(in);
        final List<JobOption> options = readOptions(in);
        final String aliasList = in.str();
        final String completeNodelist = in.str();
        final int openMode = in.u8();
        final String acctgFreq = in.str();
        final int cpuFreqMin = in.u32();
        final int cpuFreqMax = in.u32();
        final int cpuFreqGov = in.u32();
        final SelectJobInfo selectJobinfo = SelectJobInfo.read(in);
        final String tresBind = in.str();
        final String tresFreq = in.str();
        final int x11 = in.u16();
        final String x11AllocHost = in.str();
        final int x11AllocPort = in.u16();
        final String x11MagicCookie = in.str();
        final String x11Target = in.str();
        final int x11TargetPort = in.u16();
        return new LaunchTasksRequest(stepId, uid, gid, userName, gids, hetJobNodeOffset,
                hetJobId, hetJobTids, hetJobTidOffsets, hetJobOffset, hetJobStepCnt,
                hetJobTaskOffset, hetJobNodeList, mpiPluginId, ntasks, ntasksPerBoard,
                ntasksPerCore, ntasksPerTres, ntasksPerSocket, jobMemLim, stepMemLim,
                cpusPerTask, tresPerTask, threadsPerCore, taskDist, nodeCpus, jobCoreSpec,
                accelBindType, credVersion, cred, globalTaskIds, respPorts, origAddr, env,
                spankJobEnv, container, cwd, cpuBindType, cpuBind, memBindType, memBind, argv,
                flags, ofname, efname, ifname, ioPorts, profile, taskProlog, taskEpilog,
                slurmdDebug, switchJob, options, aliasList, completeNodelist, openMode,
                acctgFreq, cpuFreqMin, cpuFreqMax, cpuFreqGov, selectJobinfo, tresBind,
                tresFreq, x11, x11AllocHost, x11AllocPort, x11MagicCookie, x11Target,
                x11TargetPort);
    }

    @Override
    public void encode(LaunchTasksRequest body, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("task launch", protocolVersion);
        }
        body.stepId().write(out);
        out.u32(body.uid()).u32(body.gid());
        out.str(body.userName());
        out.u32Array(body.gids());

        out.u32(body.hetJobNodeOffset()).u32(body.hetJobId());
        if (body.hetJobTids() == null) {
            out.u32(Sentinels.NO_VAL);
        } else {
            out.u32(body.hetJobTids().size());
            body.hetJobTids().forEach(out::u32Array);
        }
        if (body.hetJobTidOffsets() == null) {
            out.u32(Sentinels.NO_VAL);
        } else {
            out.u32(body.hetJobTidOffsets().length);
            for (int offset : body.hetJobTidOffsets()) {
                out.u32(offset);
            }
        }
        out.u32(body.hetJobOffset()).u32(body.hetJobStepCnt()).u32(body.hetJobTaskOffset());
        out.str(body.hetJobNodeList());

        out.u32(body.mpiPluginId());
        out.u32(body.ntasks());
        out.u16(body.ntasksPerBoard()).u16(body.ntasksPerCore());
        out.u16(body.ntasksPerTres()).u16(body.ntasksPerSocket());
        out.u64(body.jobMemLim()).u64(body.stepMemLim());
        out.u32(body.globalTaskIds().size());
        out.u16(body.cpusPerTask());
        out.str(body.tresPerTask());
        out.u16(body.threadsPerCore());
        out.u32(body.taskDist());
        out.u16(body.nodeCpus()).u16(body.jobCoreSpec()).u16(body.accelBindType());
        out.u16(body.credVersion());
        JobCredentialCodec.write(body.cred(), out, body.credVersion());
        for (int[] taskIds : body.globalTaskIds()) {
            out.u16(Counts.of(taskIds));
            out.u32Array(taskIds);
        }
        writePorts(out, body.respPorts());
        FrameCodec.writeOrigAddr(out, body.origAddr());
        out.strArray(body.env());
        out.strArray(body.spankJobEnv());
        out.str(body.container()).str(body.cwd());
        out.u16(body.cpuBindType()).str(body.cpuBind());
        out.u16(body.memBindType()).str(body.memBind());
        out.strArray(body.argv());
        out.u32(body.flags());
        out.str(body.ofname()).str(body.efname()).str(body.ifname());
        writePorts(out, body.ioPorts());
        out.u32(body.profile());
        out.str(body.taskProlog()).str(body.taskEpilog());
        out.u16(body.slurmdDebug());
        body.switchJob().write(out);
        writeOptions(out, body.options());
        out.str(body.aliasList()).str(body.completeNodelist());
        out.u8(body.openMode());
        out.str(body.acctgFreq());
        out.u32(body.cpuFreqMin()).u32(body.cpuFreqMax()).u32(body.cpuFreqGov());
        body.selectJobinfo().write(out);
        out.str(body.tresBind()).str(body.tresFreq());
        out.u16(body.x11());
        out.str(body.x11AllocHost()).u16(body.x11AllocPort());
        out.str(body.x11MagicCookie());
        out.str(body.x11Target()).u16(body.x11TargetPort());
    }

    /** A u16 port count, then the u16 ports; none reads as null. */
    private static int[] readPorts(Unpacker in, String what) throws DecodeException {
        final int count = StepFields.u16Count(in, what, 2);
        if (count == 0) {
            return null;
        }
        final int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            ports[i] = in.u16();
        }
        return ports;
    }

    private static void writePorts(Packer out, int[] ports) {
        out.u16(Counts.of(ports));
        if (ports != null) {
            for (int port : ports) {
                out.u16(port);
            }
        }
    }

    /** job_options_pack: the tag, a u32 count, then per option u32 type, str name, str arg. */
    private static List<JobOption> readOptions(Unpacker in) throws DecodeException {
        final String tag = in.str();
        if (!JOB_OPTIONS_TAG.equals(tag)) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "spank options start with tag " + tag);
        }
        final int count = in.arrayCount("job options", 12);
        return in.elements(count, option -> new JobOption(option.u32(), option.str(),
                option.str()));
    }

    private static void writeOptions(Packer out, List<JobOption> options) {
        out.str(JOB_OPTIONS_TAG);
        out.u32(options.size());
        for (JobOption option : options) {
            out.u32(option.type()).str(option.option()).str(option.optarg());
        }
    }
}
