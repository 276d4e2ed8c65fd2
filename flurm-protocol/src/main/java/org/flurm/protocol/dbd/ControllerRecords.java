package org.flurm.protocol.dbd;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** Reads and writes what slurmctld sends the DBD about its cluster and jobs (wire doc §5.2). */
public final class ControllerRecords {

    private ControllerRecords() {
    }

    public static RegisterCtld readRegisterCtld(Unpacker in) throws DecodeException {
        return new RegisterCtld(in.u16(), in.u32(), in.u32(), in.u16());
    }

    public static void writeRegisterCtld(Packer out, RegisterCtld r) {
        out.u16(r.dimensions()).u32(r.flags()).u32(r.pluginIdSelect()).u16(r.port());
    }

    public static ClusterTres readClusterTres(Unpacker in) throws DecodeException {
        return new ClusterTres(in.str(), in.time(), in.str());
    }

    public static void writeClusterTres(Packer out, ClusterTres r) {
        out.str(r.clusterNodes()).time(r.eventTime()).str(r.tresStr());
    }

    public static NodeState readNodeState(Unpacker in) throws DecodeException {
        return new NodeState(in.str(), in.str(), in.u32(), in.u16(), in.time(), in.u32(),
                in.str());
    }

    public static void writeNodeState(Packer out, NodeState r) {
        out.str(r.hostlist()).str(r.reason()).u32(r.reasonUid()).u16(r.newState())
                .time(r.eventTime()).u32(r.state()).str(r.tresStr());
    }

    public static JobStart readJobStart(Unpacker in) throws DecodeException {
        return new JobStart(in.str(), in.u32(), in.u32(), in.u32(), in.u32(), in.str(),
                in.u32(), in.u32(), in.str(), in.str(), in.u32(), in.u64(), in.time(),
                in.u32(), in.str(), in.u32(), in.u32(), in.u32(), in.str(), in.str(), in.str(),
                in.str(), in.u32(), in.u32(), in.str(), in.u32(), in.u32(), in.u32(), in.u64(),
                in.u32(), in.time(), in.str(), in.time(), in.u32(), in.str(), in.str(),
                in.u32(), in.str(), in.str(), in.str(), in.str());
    }

    public static void writeJobStart(Packer out, JobStart r) {
        out.str(r.account()).u32(r.allocNodes()).u32(r.arrayJobId()).u32(r.arrayMaxTasks())
                .u32(r.arrayTaskId()).str(r.arrayTaskStr()).u32(r.arrayTaskPending())
                .u32(r.assocId()).str(r.constraints()).str(r.container()).u32(r.dbFlags())
                .u64(r.dbIndex()).time(r.eligibleTime()).u32(r.gid()).str(r.gresUsed())
                .u32(r.jobId()).u32(r.jobState()).u32(r.stateReasonPrev()).str(r.mcsLabel())
                .str(r.name()).str(r.nodes()).str(r.nodeInx()).u32(r.hetJobId())
                .u32(r.hetJobOffset()).str(r.partition()).u32(r.priority()).u32(r.qosId())
                .u32(r.reqCpus()).u64(r.reqMem()).u32(r.resvId()).time(r.startTime())
                .str(r.submitLine()).time(r.submitTime()).u32(r.timelimit())
                .str(r.tresAllocStr()).str(r.tresReqStr()).u32(r.uid()).str(r.wckey())
                .str(r.workDir()).str(r.envHash()).str(r.scriptHash());
    }

    public static IdRc readIdRc(Unpacker in) throws DecodeException {
        return new IdRc(in.u32(), in.u64(), in.u64(), in.u32());
    }

    public static void writeIdRc(Packer out, IdRc r) {
        out.u32(r.jobId()).u64(r.dbIndex()).u64(r.flags()).u32(r.returnCode());
    }

    public static JobComplete readJobComplete(Unpacker in) throws DecodeException {
        return new JobComplete(in.str(), in.u32(), in.str(), in.u64(), in.u32(), in.time(),
                in.u32(), in.u32(), in.u32(), in.str(), in.u32(), in.time(), in.time(),
                in.str(), in.str());
    }

    public static void writeJobComplete(Packer out, JobComplete r) {
        out.str(r.adminComment()).u32(r.assocId()).str(r.comment()).u64(r.dbIndex())
                .u32(r.derivedEc()).time(r.endTime()).u32(r.exitCode()).u32(r.jobId())
                .u32(r.jobState()).str(r.nodes()).u32(r.reqUid()).time(r.startTime())
                .time(r.submitTime()).str(r.systemComment()).str(r.tresAllocStr());
    }

    public static StepStart readStepStart(Unpacker in) throws DecodeException {
        return new StepStart(in.u32(), in.u64(), in.str(), in.str(), in.str(), in.str(),
                in.u32(), in.time(), in.time(), in.u32(), in.u32(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.str(), in.u32(), in.u32(), in.str());
    }

    public static void writeStepStart(Packer out, StepStart r) {
        out.u32(r.assocId()).u64(r.dbIndex()).str(r.container()).str(r.name()).str(r.nodes())
                .str(r.nodeInx()).u32(r.nodeCnt()).time(r.startTime()).time(r.jobSubmitTime())
                .u32(r.reqCpufreqMin()).u32(r.reqCpufreqMax()).u32(r.reqCpufreqGov())
                .u32(r.jobId()).u32(r.stepId()).u32(r.stepHetComp()).str(r.submitLine())
                .u32(r.taskDist()).u32(r.totalTasks()).str(r.tresAllocStr());
    }

    /** jobacctinfo for the DBD: a presence byte, then the usage when it is 1. */
    public static JobAcct readJobAcct(Unpacker in) throws DecodeException {
        if (in.u8() == 0) {
            return null;
        }
        final long userSec = in.u64();
        final int userUsec = in.u32();
        final long sysSec = in.u64();
        final int sysUsec = in.u32();
        final int cpufreq = in.u32();
        final long energy = in.u64();
        final int[] tresIds = in.u32Array();
        final List<TresRec> tresList = in.list("jobacct tres_list", 28, SlurmdbPack::readTres);
        final List<long[]> usage = new ArrayList<>(JobAcct.USAGE_ARRAYS);
        for (int i = 0; i < JobAcct.USAGE_ARRAYS; i++) {
            usage.add(in.u64Array());
        }
        return new JobAcct(userSec, userUsec, sysSec, sysUsec, cpufreq, energy, tresIds,
                tresList, usage);
    }

    public static void writeJobAcct(Packer out, JobAcct r) {
        if (r == null) {
            out.u8(0);
            return;
        }
        out.u8(1).u64(r.userCpuSec()).u32(r.userCpuUsec()).u64(r.sysCpuSec())
                .u32(r.sysCpuUsec()).u32(r.actCpufreq()).u64(r.consumedEnergy())
                .u32Array(r.tresIds());
        out.list(r.tresList(), SlurmdbPack::writeTres);
        r.usage().forEach(out::u64Array);
    }

    public static StepComplete readStepComplete(Unpacker in) throws DecodeException {
        return new StepComplete(in.u32(), in.u64(), in.time(), in.u32(), readJobAcct(in),
                in.time(), in.str(), in.u32(), in.time(), in.u16(), in.u32(), in.u32(),
                in.u32(), in.u32());
    }

    public static void writeStepComplete(Packer out, StepComplete r) {
        out.u32(r.assocId()).u64(r.dbIndex()).time(r.endTime()).u32(r.exitCode());
        writeJobAcct(out, r.jobacct());
        out.time(r.jobSubmitTime()).str(r.jobTresAllocStr()).u32(r.reqUid())
                .time(r.startTime()).u16(r.state()).u32(r.jobId()).u32(r.stepId())
                .u32(r.stepHetComp()).u32(r.totalTasks());
    }
}
