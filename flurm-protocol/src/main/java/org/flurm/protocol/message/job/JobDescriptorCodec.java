package org.flurm.protocol.message.job;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.job.JobDescriptor.Accounting;
import org.flurm.protocol.message.job.JobDescriptor.Binding;
import org.flurm.protocol.message.job.JobDescriptor.Callback;
import org.flurm.protocol.message.job.JobDescriptor.CpuFrequency;
import org.flurm.protocol.message.job.JobDescriptor.Federation;
import org.flurm.protocol.message.job.JobDescriptor.Identity;
import org.flurm.protocol.message.job.JobDescriptor.Launch;
import org.flurm.protocol.message.job.JobDescriptor.Lifecycle;
import org.flurm.protocol.message.job.JobDescriptor.MultiCore;
import org.flurm.protocol.message.job.JobDescriptor.Notifications;
import org.flurm.protocol.message.job.JobDescriptor.Placement;
import org.flurm.protocol.message.job.JobDescriptor.Resources;
import org.flurm.protocol.message.job.JobDescriptor.Scheduling;
import org.flurm.protocol.message.job.JobDescriptor.Submitter;
import org.flurm.protocol.message.job.JobDescriptor.TaskLayout;
import org.flurm.protocol.message.job.JobDescriptor.TresRequest;
import org.flurm.protocol.message.job.JobDescriptor.X11Forwarding;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The {@code job_desc_msg} layout ({@code _pack_job_desc_msg}): the one place that knows the
 * order of its 118 fields. The comment on each line is the field's number in the table of
 * {@code shared/protocol/slurm-22.05-wire.md} §4.1.1.
 *
 * <p>Releases differ only in a few fields, each read and written under a version test:
 * {@code prefer} is new in 22.05; {@code container}, {@code req_context} and {@code submit_line}
 * are new in 21.08, which also widened {@code bitflags} from u32 to u64. A new release's field
 * goes beside these, under its own test.
 */
public final class JobDescriptorCodec implements BodyCodec<JobDescriptor> {

    public static final JobDescriptorCodec INSTANCE = new JobDescriptorCodec();

    private JobDescriptorCodec() {
    }

    @Override
    public JobDescriptor decode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unreadable("job descriptor", protocolVersion);
        }
        final boolean since2108 = protocolVersion >= ProtocolVersion.SLURM_21_08;
        final boolean since2205 = protocolVersion >= ProtocolVersion.SLURM_22_05;

        final int siteFactor = in.u32(); // 1
        final String batchFeatures = in.str(); // 2
        final String clusterFeatures = in.str(); // 3
        final String clusters = in.str(); // 4
        final int contiguous = in.u16(); // 5
        final String container = since2108 ? in.str() : null; // 6, since 21.08
        final int coreSpec = in.u16(); // 7
        final int taskDist = in.u32(); // 8
        final int killOnNodeFail = in.u16(); // 9
        final String features = in.str(); // 10
        final long fedSiblingsActive = in.u64(); // 11
        final long fedSiblingsViable = in.u64(); // 12
        final int jobId = in.u32(); // 13
        final String jobIdStr = in.str(); // 14
        final String name = in.str(); // 15

        final String allocNode = in.str(); // 16
        final int allocSid = in.u32(); // 17
        final String arrayInx = in.str(); // 18
        final String burstBuffer = in.str(); // 19
        final int pnMinCpus = in.u16(); // 20
        final long pnMinMemory = in.u64(); // 21
        final int pnMinTmpDisk = in.u32(); // 22
        final int powerFlags = in.u8(); // 23
        final String prefer = since2205 ? in.str() : null; // 24, since 22.05

        final int cpuFreqMin = in.u32(); // 25
        final int cpuFreqMax = in.u32(); // 26
        final int cpuFreqGov = in.u32(); // 27

        final String partition = in.str(); // 28
        final int priority = in.u32(); // 29
        final String dependency = in.str(); // 30
        final String account = in.str(); // 31
        final String adminComment = in.str(); // 32
        final String comment = in.str(); // 33
        final int nice = in.u32(); // 34
        final int profile = in.u32(); // 35
        final String qos = in.str(); // 36
        final String mcsLabel = in.str(); // 37

        final String originCluster = in.str(); // 38
        final int openMode = in.u8(); // 39
        final int overcommit = in.u8(); // 40
        final String acctgFreq = in.str(); // 41
        final int numTasks = in.u32(); // 42

        final String reqContext = since2108 ? in.str() : null; // 43, since 21.08
        final String reqNodes = in.str(); // 44
        final String excNodes = in.str(); // 45
        final List<String> environment = in.strArray(); // 46
        final List<String> spankJobEnv = in.strArray(); // 47
        final String script = in.str(); // 48
        final List<String> argv = in.strArray(); // 49

        final String stdErr = in.str(); // 50
        final String stdIn = in.str(); // 51
        final String stdOut = in.str(); // 52
        final String submitLine = since2108 ? in.str() : null; // 53, since 21.08
        final String workDir = in.str(); // 54

        final int immediate = in.u16(); // 55
        final int reboot = in.u16(); // 56
        final int requeue = in.u16(); // 57
        final int shared = in.u16(); // 58
        final int cpusPerTask = in.u16(); // 59
        final int ntasksPerNode = in.u16(); // 60
        final int ntasksPerBoard = in.u16(); // 61
        final int ntasksPerSocket = in.u16(); // 62
        final int ntasksPerCore = in.u16(); // 63
        final int ntasksPerTres = in.u16(); // 64

        final int planeSize = in.u16(); // 65
        final int cpuBindType = in.u16(); // 66
        final int memBindType = in.u16(); // 67
        final String cpuBind = in.str(); // 68
        final String memBind = in.str(); // 69

        final int timeLimit = in.u32(); // 70
        final int timeMin = in.u32(); // 71
        final int minCpus = in.u32(); // 72
        final int maxCpus = in.u32(); // 73
        final int minNodes = in.u32(); // 74
        final int maxNodes = in.u32(); // 75
        final int boardsPerNode = in.u16(); // 76
        final int socketsPerBoard = in.u16(); // 77
        final int socketsPerNode = in.u16(); // 78
        final int coresPerSocket = in.u16(); // 79
        final int threadsPerCore = in.u16(); // 80
        final int userId = in.u32(); // 81
        final int groupId = in.u32(); // 82

        final int allocRespPort = in.u16(); // 83
        final String respHost = in.str(); // 84
        final int otherPort = in.u16(); // 85
        final String network = in.str(); // 86
        final long beginTime = in.time(); // 87
        final long endTime = in.time(); // 88
        final long deadline = in.time(); // 89

        final String licenses = in.str(); // 90
        final int mailType = in.u16(); // 91
        final String mailUser = in.str(); // 92
        final String reservation = in.str(); // 93
        final int restartCnt = in.u16(); // 94
        final int warnFlags = in.u16(); // 95
        final int warnSignal = in.u16(); // 96
        final int warnTime = in.u16(); // 97
        final String wckey = in.str(); // 98
        final int reqSwitch = in.u32(); // 99
        final int wait4switch = in.u32(); // 100

        final SelectJobInfo selectJobInfo = SelectJobInfo.read(in); // 101
        final int waitAllNodes = in.u16(); // 102
        // 103: u64 since 21.08, u32 before
        final long bitflags = since2108 ? in.u64() : Integer.toUnsignedLong(in.u32());
        final int delayBoot = in.u32(); // 104
        final String extra = in.str(); // 105
        final int x11 = in.u16(); // 106
        final String x11MagicCookie = in.str(); // 107
        final String x11Target = in.str(); // 108
        final int x11TargetPort = in.u16(); // 109

        final String cpusPerTres = in.str(); // 110
        final String memPerTres = in.str(); // 111
        final String tresBind = in.str(); // 112
        final String tresFreq = in.str(); // 113
        final String tresPerJob = in.str(); // 114
        final String tresPerNode = in.str(); // 115
        final String tresPerSocket = in.str(); // 116
        final String tresPerTask = in.str(); // 117
        final CronEntry crontabEntry = CronEntry.read(in, protocolVersion); // 118

        return new JobDescriptor(
                new Identity(jobId, jobIdStr, name, arrayInx),
                new Submitter(userId, groupId, allocNode, allocSid, submitLine, reqContext),
                new Federation(clusters, clusterFeatures, originCluster, fedSiblingsActive,
                        fedSiblingsViable),
                new Accounting(account, qos, wckey, comment, adminComment, mcsLabel, acctgFreq,
                        profile),
                new Placement(partition, reservation, features, prefer, batchFeatures,
                        reqNodes, excNodes, contiguous, reqSwitch, wait4switch, network),
                new Scheduling(priority, nice, siteFactor, dependency, immediate, beginTime,
                        endTime, deadline, timeLimit, timeMin, delayBoot),
                new Resources(minCpus, maxCpus, minNodes, maxNodes, pnMinCpus, pnMinMemory,
                        pnMinTmpDisk, coreSpec, overcommit, shared, licenses, burstBuffer),
                new MultiCore(boardsPerNode, socketsPerBoard, socketsPerNode, coresPerSocket,
                        threadsPerCore),
                new TaskLayout(numTasks, cpusPerTask, ntasksPerNode, ntasksPerBoard,
                        ntasksPerSocket, ntasksPerCore, ntasksPerTres, planeSize, taskDist),
                new Binding(cpuBindType, memBindType, cpuBind, memBind),
                new CpuFrequency(cpuFreqMin, cpuFreqMax, cpuFreqGov),
                new TresRequest(cpusPerTres, memPerTres, tresBind, tresFreq, tresPerJob,
                        tresPerNode, tresPerSocket, tresPerTask),
                new Launch(script, argv, environment, spankJobEnv, workDir, container, stdIn,
                        stdOut, stdErr, openMode),
                new Callback(allocRespPort, respHost, otherPort),
                new Notifications(mailType, mailUser, warnFlags, warnSignal, warnTime),
                new X11Forwarding(x11, x11MagicCookie, x11Target, x11TargetPort),
                new Lifecycle(killOnNodeFail, requeue, reboot, restartCnt, waitAllNodes,
                        powerFlags),
                extra, bitflags, selectJobInfo, crontabEntry);
    }

    /**
     * Writes the descriptor as is. SLURM's own writer also sets the USE_DEFAULT_* bitflags for
     * the names left out; that is the job of whoever builds the descriptor, so that a decoded
     * body re-encodes to the same bytes. Fields the version lacks are not written.
     */
    @Override
    public void encode(JobDescriptor job, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unwritable("job descriptor", protocolVersion);
        }
        final boolean since2108 = protocolVersion >= ProtocolVersion.SLURM_21_08;
        final boolean since2205 = protocolVersion >= ProtocolVersion.SLURM_22_05;
        final Identity id = job.identity();
        final Submitter who = job.submitter();
        final Federation fed = job.federation();
        final Accounting acct = job.accounting();
        final Placement where = job.placement();
        final Scheduling when = job.scheduling();
        final Resources res = job.resources();
        final MultiCore shape = job.multiCore();
        final TaskLayout tasks = job.tasks();
        final Binding bind = job.binding();
        final CpuFrequency freq = job.cpuFrequency();
        final TresRequest tres = job.tres();
        final Launch run = job.launch();
        final Callback back = job.callback();
        final Notifications note = job.notifications();
        final X11Forwarding x11 = job.x11();
        final Lifecycle life = job.lifecycle();

        out.u32(when.siteFactor()); // 1
        out.str(where.batchFeatures()); // 2
        out.str(fed.clusterFeatures()); // 3
        out.str(fed.clusters()); // 4
        out.u16(where.contiguous()); // 5
        if (since2108) {
            out.str(run.container()); // 6
        }
        out.u16(res.coreSpec()); // 7
        out.u32(tasks.taskDist()); // 8
        out.u16(life.killOnNodeFail()); // 9
        out.str(where.features()); // 10
        out.u64(fed.fedSiblingsActive()); // 11
        out.u64(fed.fedSiblingsViable()); // 12
        out.u32(id.jobId()); // 13
        out.str(id.jobIdStr()); // 14
        out.str(id.name()); // 15

        out.str(who.allocNode()); // 16
        out.u32(who.allocSid()); // 17
        out.str(id.arrayInx()); // 18
        out.str(res.burstBuffer()); // 19
        out.u16(res.pnMinCpus()); // 20
        out.u64(res.pnMinMemory()); // 21
        out.u32(res.pnMinTmpDisk()); // 22
        out.u8(life.powerFlags()); // 23
        if (since2205) {
            out.str(where.prefer()); // 24
        }

        out.u32(freq.min()); // 25
        out.u32(freq.max()); // 26
        out.u32(freq.governor()); // 27

        out.str(where.partition()); // 28
        out.u32(when.priority()); // 29
        out.str(when.dependency()); // 30
        out.str(acct.account()); // 31
        out.str(acct.adminComment()); // 32
        out.str(acct.comment()); // 33
        out.u32(when.nice()); // 34
        out.u32(acct.profile()); // 35
        out.str(acct.qos()); // 36
        out.str(acct.mcsLabel()); // 37

        out.str(fed.originCluster()); // 38
        out.u8(run.openMode()); // 39
        out.u8(res.overcommit()); // 40
        out.str(acct.acctgFreq()); // 41
        out.u32(tasks.numTasks()); // 42

        if (since2108) {
            out.str(who.reqContext()); // 43
        }
        out.str(where.reqNodes()); // 44
        out.str(where.excNodes()); // 45
        out.strArray(run.environment()); // 46
        out.strArray(run.spankJobEnv()); // 47
        out.str(run.script()); // 48
        out.strArray(run.argv()); // 49

        out.str(run.stdErr()); // 50
        out.str(run.stdIn()); // 51
        out.str(run.stdOut()); // 52
        if (since2108) {
            out.str(who.submitLine()); // 53
        }
        out.str(run.workDir()); // 54

        out.u16(when.immediate()); // 55
        out.u16(life.reboot()); // 56
        out.u16(life.requeue()); // 57
        out.u16(res.shared()); // 58
        out.u16(tasks.cpusPerTask()); // 59
        out.u16(tasks.ntasksPerNode()); // 60
        out.u16(tasks.ntasksPerBoard()); // 61
        out.u16(tasks.ntasksPerSocket()); // 62
        out.u16(tasks.ntasksPerCore()); // 63
        out.u16(tasks.ntasksPerTres()); // 64

        out.u16(tasks.planeSize()); // 65
        out.u16(bind.cpuBindType()); // 66
        out.u16(bind.memBindType()); // 67
        out.str(bind.cpuBind()); // 68
        out.str(bind.memBind()); // 69

        out.u32(when.timeLimit()); // 70
        out.u32(when.timeMin()); // 71
        out.u32(res.minCpus()); // 72
        out.u32(res.maxCpus()); // 73
        out.u32(res.minNodes()); // 74
        out.u32(res.maxNodes()); // 75
        out.u16(shape.boardsPerNode()); // 76
        out.u16(shape.socketsPerBoard()); // 77
        out.u16(shape.socketsPerNode()); // 78
        out.u16(shape.coresPerSocket()); // 79
        out.u16(shape.threadsPerCore()); // 80
        out.u32(who.userId()); // 81
        out.u32(who.groupId()); // 82

        out.u16(back.allocRespPort()); // 83
        out.str(back.respHost()); // 84
        out.u16(back.otherPort()); // 85
        out.str(where.network()); // 86
        out.time(when.beginTime()); // 87
        out.time(when.endTime()); // 88
        out.time(when.deadline()); // 89

        out.str(res.licenses()); // 90
        out.u16(note.mailType()); // 91
        out.str(note.mailUser()); // 92
        out.str(where.reservation()); // 93
        out.u16(life.restartCnt()); // 94
        out.u16(note.warnFlags()); // 95
        out.u16(note.warnSignal()); // 96
        out.u16(note.warnTime()); // 97
        out.str(acct.wckey()); // 98
        out.u32(where.reqSwitch()); // 99
        out.u32(where.wait4switch()); // 100

        job.selectJobInfo().write(out); // 101
        out.u16(life.waitAllNodes()); // 102
        if (since2108) {
            out.u64(job.bitflags()); // 103
        } else {
            out.u32((int) job.bitflags()); // 103, u32 before 21.08
        }
        out.u32(when.delayBoot()); // 104
        out.str(job.extra()); // 105
        out.u16(x11.flags()); // 106
        out.str(x11.magicCookie()); // 107
        out.str(x11.target()); // 108
        out.u16(x11.targetPort()); // 109

        out.str(tres.cpusPerTres()); // 110
        out.str(tres.memPerTres()); // 111
        out.str(tres.tresBind()); // 112
        out.str(tres.tresFreq()); // 113
        out.str(tres.tresPerJob()); // 114
        out.str(tres.tresPerNode()); // 115
        out.str(tres.tresPerSocket()); // 116
        out.str(tres.tresPerTask()); // 117
        CronEntry.write(job.crontabEntry(), out, protocolVersion); // 118
    }
}
