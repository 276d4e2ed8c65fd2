package org.flurm.protocol.dbd;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Reads and writes the accounting records of {@code slurmdb_pack.c} in their 22.05 layouts
 * (wire doc §5.4, §5.5): one read/write pair per record, each the mirror of the other, so a
 * decoded record re-encodes to the same bytes.
 */
public final class SlurmdbPack {

    /** The least bytes any packed record takes: a list count or a NULL string. */
    private static final int MIN_RECORD_BYTES = 4;

    private SlurmdbPack() {
    }

    /** A NULL-able list of strings (_pack_list_of_str): count NO_VAL is no list. */
    public static List<String> readStrList(Unpacker in, String what) throws DecodeException {
        return in.list(what, 4, Unpacker::str);
    }

    public static void writeStrList(Packer out, List<String> items) {
        out.list(items, Packer::str);
    }

    public static TresRec readTres(Unpacker in) throws DecodeException {
        return new TresRec(in.u64(), in.u64(), in.u32(), in.str(), in.str());
    }

    public static void writeTres(Packer out, TresRec r) {
        out.u64(r.allocSecs()).u64(r.count()).u32(r.id()).str(r.name()).str(r.type());
    }

    public static AccountingRec readAccounting(Unpacker in) throws DecodeException {
        return new AccountingRec(in.u64(), readTres(in), in.u32(), in.time());
    }

    public static void writeAccounting(Packer out, AccountingRec r) {
        out.u64(r.allocSecs());
        writeTres(out, r.tres());
        out.u32(r.id()).time(r.periodStart());
    }

    public static ClusterAccountingRec readClusterAccounting(Unpacker in)
            throws DecodeException {
        return new ClusterAccountingRec(in.u64(), readTres(in), in.u64(), in.u64(), in.u64(),
                in.u64(), in.time(), in.u64());
    }

    public static void writeClusterAccounting(Packer out, ClusterAccountingRec r) {
        out.u64(r.allocSecs());
        writeTres(out, r.tres());
        out.u64(r.downSecs()).u64(r.idleSecs()).u64(r.overSecs()).u64(r.pdownSecs())
                .time(r.periodStart()).u64(r.planSecs());
    }

    public static CoordRec readCoord(Unpacker in) throws DecodeException {
        return new CoordRec(in.str(), in.u16());
    }

    public static void writeCoord(Packer out, CoordRec r) {
        out.str(r.name()).u16(r.direct());
    }

    public static WckeyRec readWckey(Unpacker in) throws DecodeException {
        return new WckeyRec(in.list("wckey accounting", 8, SlurmdbPack::readAccounting),
                in.str(), in.u32(), in.u32(), in.u16(), in.str(), in.u32(), in.str());
    }

    public static void writeWckey(Packer out, WckeyRec r) {
        out.list(r.accountingList(), SlurmdbPack::writeAccounting);
        out.str(r.cluster()).u32(r.flags()).u32(r.id()).u16(r.isDef()).str(r.name())
                .u32(r.uid()).str(r.user());
    }

    public static AssocRec readAssoc(Unpacker in) throws DecodeException {
        return new AssocRec(in.list("assoc accounting", 8, SlurmdbPack::readAccounting),
                in.str(), in.str(), in.u32(), in.u16(), in.u32(), in.str(), in.str(),
                in.str(), in.u32(), in.u32(), in.u32(), in.u32(), in.u32(), in.u16(),
                in.u32(), in.str(), in.str(), in.str(), in.str(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.u32(), in.str(), in.u32(), in.str(), in.u32(),
                readStrList(in, "assoc qos_list"), in.u32(), in.u32(), in.str());
    }

    public static void writeAssoc(Packer out, AssocRec r) {
        out.list(r.accountingList(), SlurmdbPack::writeAccounting);
        out.str(r.acct()).str(r.cluster()).u32(r.defQosId()).u16(r.flags()).u32(r.sharesRaw())
                .str(r.grpTresMins()).str(r.grpTresRunMins()).str(r.grpTres())
                .u32(r.grpJobs()).u32(r.grpJobsAccrue()).u32(r.grpSubmitJobs())
                .u32(r.grpWall()).u32(r.id()).u16(r.isDef()).u32(r.lft())
                .str(r.maxTresMinsPj()).str(r.maxTresRunMins()).str(r.maxTresPj())
                .str(r.maxTresPn()).u32(r.maxJobs()).u32(r.maxJobsAccrue())
                .u32(r.minPrioThresh()).u32(r.maxSubmitJobs()).u32(r.maxWallPj())
                .str(r.parentAcct()).u32(r.parentId()).str(r.partition()).u32(r.priority());
        writeStrList(out, r.qosList());
        out.u32(r.rgt()).u32(r.uid()).str(r.user());
    }

    public static UserRec readUser(Unpacker in) throws DecodeException {
        return new UserRec(in.u16(),
                in.list("user assoc_list", MIN_RECORD_BYTES, SlurmdbPack::readAssoc),
                in.list("user coord_accts", 6, SlurmdbPack::readCoord),
                in.str(), in.str(), in.u32(), in.str(), in.str(), in.u32(),
                in.list("user wckey_list", MIN_RECORD_BYTES, SlurmdbPack::readWckey));
    }

    public static void writeUser(Packer out, UserRec r) {
        out.u16(r.adminLevel());
        out.list(r.assocList(), SlurmdbPack::writeAssoc);
        out.list(r.coordAccts(), SlurmdbPack::writeCoord);
        out.str(r.defaultAcct()).str(r.defaultWckey()).u32(r.flags()).str(r.name())
                .str(r.oldName()).u32(r.uid());
        out.list(r.wckeyList(), SlurmdbPack::writeWckey);
    }

    public static AccountRec readAccount(Unpacker in) throws DecodeException {
        return new AccountRec(
                in.list("account assoc_list", MIN_RECORD_BYTES, SlurmdbPack::readAssoc),
                in.list("account coordinators", 6, SlurmdbPack::readCoord),
                in.str(), in.u32(), in.str(), in.str());
    }

    public static void writeAccount(Packer out, AccountRec r) {
        out.list(r.assocList(), SlurmdbPack::writeAssoc);
        out.list(r.coordinators(), SlurmdbPack::writeCoord);
        out.str(r.description()).u32(r.flags()).str(r.name()).str(r.organization());
    }

    public static ClusterRec readCluster(Unpacker in) throws DecodeException {
        return new ClusterRec(
                in.list("cluster accounting", 8, SlurmdbPack::readClusterAccounting),
                in.u16(), in.str(), in.u32(), in.u16(), readStrList(in, "fed feature_list"),
                in.str(), in.u32(), in.u32(), in.u8(), in.u8(), in.u32(), in.str(), in.str(),
                in.u32(), readAssoc(in), in.u16(), in.u8(), in.u8(), in.str());
    }

    public static void writeCluster(Packer out, ClusterRec r) {
        out.list(r.accountingList(), SlurmdbPack::writeClusterAccounting);
        out.u16(r.classification()).str(r.controlHost()).u32(r.controlPort())
                .u16(r.dimensions());
        writeStrList(out, r.fedFeatureList());
        out.str(r.fedName()).u32(r.fedId()).u32(r.fedState()).u8(r.fedSyncRecvd())
                .u8(r.fedSyncSent()).u32(r.flags()).str(r.name()).str(r.nodes())
                .u32(r.pluginIdSelect());
        writeAssoc(out, r.rootAssoc());
        out.u16(r.rpcVersion()).u8(r.fedRecvConnected()).u8(r.fedSendConnected())
                .str(r.tresStr());
    }

    public static QosRec readQos(Unpacker in) throws DecodeException {
        return new QosRec(in.str(), in.u32(), in.u32(), in.u32(), in.str(), in.str(), in.str(),
                in.u32(), in.u32(), in.u32(), in.u32(), in.str(), in.str(), in.str(), in.str(),
                in.str(), in.str(), in.str(), in.u32(), in.u32(), in.u32(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.u32(), in.str(), in.str(), in.bits(),
                readStrList(in, "qos preempt_list"), in.u16(), in.u32(), in.u32(), in.dbl(),
                in.dbl(), in.dbl());
    }

    public static void writeQos(Packer out, QosRec r) {
        out.str(r.description()).u32(r.id()).u32(r.flags()).u32(r.graceTime())
                .str(r.grpTresMins()).str(r.grpTresRunMins()).str(r.grpTres())
                .u32(r.grpJobs()).u32(r.grpJobsAccrue()).u32(r.grpSubmitJobs())
                .u32(r.grpWall()).str(r.maxTresMinsPj()).str(r.maxTresRunMinsPa())
                .str(r.maxTresRunMinsPu()).str(r.maxTresPa()).str(r.maxTresPj())
                .str(r.maxTresPn()).str(r.maxTresPu()).u32(r.maxJobsPa()).u32(r.maxJobsPu())
                .u32(r.maxJobsAccruePa()).u32(r.maxJobsAccruePu()).u32(r.minPrioThresh())
                .u32(r.maxSubmitJobsPa()).u32(r.maxSubmitJobsPu()).u32(r.maxWallPj())
                .str(r.minTresPj()).str(r.name()).bits(r.preemptBitstr());
        writeStrList(out, r.preemptList());
        out.u16(r.preemptMode()).u32(r.preemptExemptTime()).u32(r.priority())
                .dbl(r.usageFactor()).dbl(r.usageThres()).dbl(r.limitFactor());
    }

    public static StepStats readStepStats(Unpacker in) throws DecodeException {
        final double cpufreq = in.dbl();
        final long energy = in.u64();
        final List<String> usage = new ArrayList<>(StepStats.TRES_USAGE_FIELDS);
        for (int i = 0; i < StepStats.TRES_USAGE_FIELDS; i++) {
            usage.add(in.str());
        }
        return new StepStats(cpufreq, energy, usage);
    }

    public static void writeStepStats(Packer out, StepStats s) {
        out.dbl(s.actCpufreq()).u64(s.consumedEnergy());
        s.tresUsage().forEach(out::str);
    }

    public static StepRec readStep(Unpacker in) throws DecodeException {
        return new StepRec(in.str(), in.u32(), in.time(), in.u32(), in.u32(), in.str(),
                in.u32(), in.u32(), in.u32(), in.u32(), in.u32(), readStepStats(in),
                in.time(), in.u16(), in.u32(), in.u32(), in.u32(), in.str(), in.str(),
                in.u32(), in.u64(), in.u32(), in.u32(), in.u64(), in.u32(), in.str(),
                in.u64(), in.u32());
    }

    public static void writeStep(Packer out, StepRec r) {
        out.str(r.container()).u32(r.elapsed()).time(r.end()).u32(r.exitcode())
                .u32(r.nnodes()).str(r.nodes()).u32(r.ntasks()).u32(r.reqCpufreqMin())
                .u32(r.reqCpufreqMax()).u32(r.reqCpufreqGov()).u32(r.requid());
        writeStepStats(out, r.stats());
        out.time(r.start()).u16(r.state()).u32(r.jobId()).u32(r.stepId())
                .u32(r.stepHetComp()).str(r.stepname()).str(r.submitLine())
                .u32(r.suspended()).u64(r.sysCpuSec()).u32(r.sysCpuUsec())
                .u32(r.taskDist()).u64(r.totCpuSec()).u32(r.totCpuUsec())
                .str(r.tresAllocStr()).u64(r.userCpuSec()).u32(r.userCpuUsec());
    }

    public static JobRec readJob(Unpacker in) throws DecodeException {
        final String account = in.str();
        final String adminComment = in.str();
        final int allocNodes = in.u32();
        final int arrayJobId = in.u32();
        final int arrayMaxTasks = in.u32();
        final int arrayTaskId = in.u32();
        final String arrayTaskStr = in.str();
        final int associd = in.u32();
        final String blockid = in.str();
        final String cluster = in.str();
        final String constraints = in.str();
        final String container = in.str();
        final long dbIndex = in.u64();
        final int derivedEc = in.u32();
        final String derivedEs = in.str();
        final int elapsed = in.u32();
        final long eligible = in.time();
        final long end = in.time();
        final String env = in.str();
        final int exitcode = in.u32();
        final int flags = in.u32();
        final int gid = in.u32();
        final int jobid = in.u32();
        final String jobname = in.str();
        final int lft = in.u32();
        final String mcsLabel = in.str();
        final String nodes = in.str();
        final int hetJobId = in.u32();
        final int hetJobOffset = in.u32();
        final String partition = in.str();
        final int priority = in.u32();
        final int qosid = in.u32();
        final int reqCpus = in.u32();
        final long reqMem = in.u64();
        final int requid = in.u32();
        final String resvName = in.str();
        final int resvid = in.u32();
        final String script = in.str();
        final int showFull = in.u32();
        final long start = in.time();
        final int state = in.u32();
        final int stateReasonPrev = in.u32();

        // a plain count, never NULL
        final int stepCount = in.arrayCount("job steps", 100);
        final List<StepRec> steps = in.elements(stepCount, SlurmdbPack::readStep);

        return new JobRec(account, adminComment, allocNodes, arrayJobId, arrayMaxTasks,
                arrayTaskId, arrayTaskStr, associd, blockid, cluster, constraints, container,
                dbIndex, derivedEc, derivedEs, elapsed, eligible, end, env, exitcode, flags,
                gid, jobid, jobname, lft, mcsLabel, nodes, hetJobId, hetJobOffset, partition,
                priority, qosid, reqCpus, reqMem, requid, resvName, resvid, script, showFull,
                start, state, stateReasonPrev, steps, in.time(), in.str(), in.u32(), in.str(),
                in.u64(), in.u64(), in.u32(), in.u64(), in.u64(), in.str(), in.str(), in.u32(),
                in.str(), in.u64(), in.u64(), in.str(), in.u32(), in.str());
    }

    public static void writeJob(Packer out, JobRec r) {
        out.str(r.account()).str(r.adminComment()).u32(r.allocNodes()).u32(r.arrayJobId())
                .u32(r.arrayMaxTasks()).u32(r.arrayTaskId()).str(r.arrayTaskStr())
                .u32(r.associd()).str(r.blockid()).str(r.cluster()).str(r.constraints())
                .str(r.container()).u64(r.dbIndex()).u32(r.derivedEc()).str(r.derivedEs())
                .u32(r.elapsed()).time(r.eligible()).time(r.end()).str(r.env())
                .u32(r.exitcode()).u32(r.flags()).u32(r.gid()).u32(r.jobid())
                .str(r.jobname()).u32(r.lft()).str(r.mcsLabel()).str(r.nodes())
                .u32(r.hetJobId()).u32(r.hetJobOffset()).str(r.partition())
                .u32(r.priority()).u32(r.qosid()).u32(r.reqCpus()).u64(r.reqMem())
                .u32(r.requid()).str(r.resvName()).u32(r.resvid()).str(r.script())
                .u32(r.showFull()).time(r.start()).u32(r.state()).u32(r.stateReasonPrev());
        out.u32(r.steps().size());
        r.steps().forEach(step -> writeStep(out, step));
        out.time(r.submit()).str(r.submitLine()).u32(r.suspended()).str(r.systemComment())
                .u64(r.sysCpuSec()).u64(r.sysCpuUsec()).u32(r.timelimit())
                .u64(r.totCpuSec()).u64(r.totCpuUsec()).str(r.tresAllocStr())
                .str(r.tresReqStr()).u32(r.uid()).str(r.user()).u64(r.userCpuSec())
                .u64(r.userCpuUsec()).str(r.wckey()).u32(r.wckeyid()).str(r.workDir());
    }
}
