package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_JOB_INFO (2004): controller {@code pack_all_jobs} / {@code pack_job}, client
 * {@code _unpack_job_info_msg} / {@code _unpack_job_info_members}.
 *
 * <p>Numbers in comments are the fields of the job record table in the protocol notes (§4.5.1).
 * The encoder writes straight from the records' primitive accessors, so a job costs no boxing;
 * what it does allocate is each string's UTF-8 bytes and each bitmap's hex text.
 *
 * <p>LIMIT: squeue on 100,000 jobs re-encodes every string of every job per request; a cache of
 * encoded records per job version would remove that, and is not written yet.
 */
public final class JobInfoCodec implements BodyCodec<JobInfoResponse> {

    /** A job record takes at least one byte per field. */
    private static final int MIN_RECORD_BYTES = 125;

    /** The flag byte before the multi-core block: absent or present. */
    private static final int MULTI_CORE_ABSENT = 0x00;
    private static final int MULTI_CORE_PRESENT = 0xFF;

    @Override
    public JobInfoResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int count = in.arrayCount("job records", MIN_RECORD_BYTES);
        final long lastUpdate = in.time();
        long lastBackfill = 0;
        if (protocolVersion >= ProtocolVersion.SLURM_21_08) {
            lastBackfill = in.time();                              // since 21.08
        }

        final List<JobInfo> jobs = in.elements(count, r -> decodeJob(r, protocolVersion));
        return new JobInfoResponse(lastUpdate, lastBackfill, jobs);
    }

    @Override
    public void encode(JobInfoResponse body, Packer out, int protocolVersion) {
        out.u32(body.jobs().size());
        out.time(body.lastUpdate());
        if (protocolVersion >= ProtocolVersion.SLURM_21_08) {
            out.time(body.lastBackfill());                         // since 21.08
        }
        for (JobInfo job : body.jobs()) {
            encodeJob(job, out, protocolVersion);
        }
    }

    /** One job record, every field in wire order. */
    static JobInfo decodeJob(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            // 21.08 lacks prefer (#74) among other changes; not written yet
            throw ProtocolVersion.unreadable("job record", protocolVersion);
        }
        final int arrayJobId = in.u32();                           // 1
        final int arrayTaskId = in.u32();                          // 2
        final String arrayTaskStr = in.str();                      // 3
        final int arrayMaxTasks = in.u32();                        // 4
        final int assocId = in.u32();                              // 5
        in.str();                                                  // 6 container, again at #48
        final int delayBoot = in.u32();                            // 7
        final int jobId = in.u32();                                // 8
        final int userId = in.u32();                               // 9
        final int groupId = in.u32();                              // 10
        final int hetJobId = in.u32();                             // 11
        final String hetJobIdSet = in.str();                       // 12
        final int hetJobOffset = in.u32();                         // 13
        final int profile = in.u32();                              // 14
        final int jobState = in.u32();                             // 15
        final int batchFlag = in.u16();                            // 16
        final int stateReason = in.u16();                          // 17
        final int powerFlags = in.u8();                            // 18
        final int reboot = in.u8();                                // 19
        final int restartCount = in.u16();                         // 20
        final int showFlags = in.u16();                            // 21
        final long deadline = in.time();                           // 22
        final int allocSid = in.u32();                             // 23
        final int timeLimit = in.u32();                            // 24
        final int timeMin = in.u32();                              // 25
        final int nice = in.u32();                                 // 26
        final long submit = in.time();                             // 27
        final long eligible = in.time();                           // 28
        final long accrue = in.time();                             // 29
        final long start = in.time();                              // 30
        final long end = in.time();                                // 31
        final long suspend = in.time();                            // 32
        final long preSuspend = in.time();                         // 33
        final long resize = in.time();                             // 34
        final long lastSchedEval = in.time();                      // 35
        final long preempt = in.time();                            // 36
        final int priority = in.u32();                             // 37
        final double billableTres = in.dbl();                      // 38
        final String cluster = in.str();                           // 39
        final String nodes = in.str();                             // 40
        final String schedNodes = in.str();                        // 41
        final String partition = in.str();                         // 42
        final String account = in.str();                           // 43
        final String adminComment = in.str();                      // 44
        final int siteFactor = in.u32();                           // 45
        final String network = in.str();                           // 46
        final String comment = in.str();                           // 47
        // like the client, keep the second copy of the container
        final String container = in.str();                         // 48
        final String batchFeatures = in.str();                     // 49
        final String batchHost = in.str();                         // 50
        final String burstBuffer = in.str();                       // 51
        final String burstBufferState = in.str();                  // 52
        final String systemComment = in.str();                     // 53
        final String qos = in.str();                               // 54
        final long preemptable = in.time();                        // 55
        final String licenses = in.str();                          // 56
        final String stateDesc = in.str();                         // 57
        final String resvName = in.str();                          // 58
        final String mcsLabel = in.str();                          // 59
        final int exitCode = in.u32();                             // 60
        final int derivedExitCode = in.u32();                      // 61
        final String gresTotal = in.str();                         // 62
        final JobResources jobResources = decodeJobResources(in);  // 63
        final List<String> gresDetail = in.strArray();             // 64
        final String name = in.str();                              // 65
        final String userName = in.str();                          // 66
        final String wckey = in.str();                             // 67
        final int reqSwitch = in.u32();                            // 68
        final int wait4switch = in.u32();                          // 69
        final String allocNode = in.str();                         // 70
        final Bitmap nodeInx = in.bits();                          // 71
        final SelectJobInfo selectJobInfo = SelectJobInfo.read(in);  // 72
        final JobDetails details = decodeDetails(in);              // 73 to 105
        final long bitflags = in.u64();                            // 106
        final String tresAlloc = in.str();                         // 107
        final String tresReq = in.str();                           // 108
        final int startProtocolVersion = in.u16();                 // 109
        final String fedOrigin = in.str();                         // 110
        final long fedSiblingsActive = in.u64();                   // 111
        final String fedSiblingsActiveStr = in.str();              // 112
        final long fedSiblingsViable = in.u64();                   // 113
        final String fedSiblingsViableStr = in.str();              // 114
        final String cpusPerTres = in.str();                       // 115
        final String memPerTres = in.str();                        // 116
        final String tresBind = in.str();                          // 117
        final String tresFreq = in.str();                          // 118
        final String tresPerJob = in.str();                        // 119
        final String tresPerNode = in.str();                       // 120
        final String tresPerSocket = in.str();                     // 121
        final String tresPerTask = in.str();                       // 122
        final int mailType = in.u16();                             // 123
        final String mailUser = in.str();                          // 124
        final String selinuxContext = in.str();                    // 125

        return new JobInfo(
                new JobInfo.Array(arrayJobId, arrayTaskId, arrayTaskStr, arrayMaxTasks),
                assocId, container, delayBoot, jobId, userId, groupId,
                new JobInfo.HetJob(hetJobId, hetJobIdSet, hetJobOffset), profile,
                new JobInfo.Status(jobState, batchFlag, stateReason, powerFlags, reboot,
                        restartCount, stateDesc, exitCode, derivedExitCode),
                showFlags,
                new JobInfo.Times(deadline, timeLimit, timeMin, submit, eligible, accrue, start,
                        end, suspend, preSuspend, resize, lastSchedEval, preempt, preemptable),
                allocSid, new JobInfo.Priority(nice, priority, billableTres, siteFactor),
                cluster, nodes, schedNodes, partition, account, adminComment, network, comment,
                batchFeatures, batchHost, burstBuffer, burstBufferState, systemComment, qos,
                licenses, resvName, mcsLabel, gresTotal, jobResources, gresDetail, name,
                userName, wckey, reqSwitch, wait4switch, allocNode, nodeInx, selectJobInfo,
                details, bitflags,
                new JobInfo.Tres(tresAlloc, tresReq, cpusPerTres, memPerTres, tresBind,
                        tresFreq, tresPerJob, tresPerNode, tresPerSocket, tresPerTask),
                startProtocolVersion,
                new JobInfo.Federation(fedOrigin, fedSiblingsActive, fedSiblingsActiveStr,
                        fedSiblingsViable, fedSiblingsViableStr),
                mailType, mailUser, selinuxContext);
    }

    /** One job record, every field in wire order. */
    static void encodeJob(JobInfo job, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("job record", protocolVersion);
        }
        final JobInfo.Array array = job.array();
        final JobInfo.HetJob het = job.hetJob();
        final JobInfo.Status status = job.status();
        final JobInfo.Times times = job.times();
        final JobInfo.Priority priority = job.priority();
        final JobInfo.Tres tres = job.tres();
        final JobInfo.Federation fed = job.federation();

        out.u32(array.jobId());                                    // 1
        out.u32(array.taskId());                                   // 2
        out.str(array.taskStr());                                  // 3
        out.u32(array.maxTasks());                                 // 4
        out.u32(job.assocId());                                    // 5
        out.str(job.container());                                  // 6
        out.u32(job.delayBoot());                                  // 7
        out.u32(job.jobId());                                      // 8
        out.u32(job.userId());                                     // 9
        out.u32(job.groupId());                                    // 10
        out.u32(het.jobId());                                      // 11
        out.str(het.jobIdSet());                                   // 12
        out.u32(het.offset());                                     // 13
        out.u32(job.profile());                                    // 14
        out.u32(status.jobState());                                // 15
        out.u16(status.batchFlag());                               // 16
        out.u16(status.stateReason());                             // 17
        out.u8(status.powerFlags());                               // 18
        out.u8(status.reboot());                                   // 19
        out.u16(status.restartCount());                            // 20
        out.u16(job.showFlags());                                  // 21
        out.time(times.deadline());                                // 22
        out.u32(job.allocSid());                                   // 23
        out.u32(times.timeLimit());                                // 24
        out.u32(times.timeMin());                                  // 25
        out.u32(priority.nice());                                  // 26
        out.time(times.submit());                                  // 27
        out.time(times.eligible());                                // 28
        out.time(times.accrue());                                  // 29
        out.time(times.start());                                   // 30
        out.time(times.end());                                     // 31
        out.time(times.suspend());                                 // 32
        out.time(times.preSuspend());                              // 33
        out.time(times.resize());                                  // 34
        out.time(times.lastSchedEval());                           // 35
        out.time(times.preempt());                                 // 36
        out.u32(priority.priority());                              // 37
        out.dbl(priority.billableTres());                          // 38
        out.str(job.cluster());                                    // 39
        out.str(job.nodes());                                      // 40
        out.str(job.schedNodes());                                 // 41
        out.str(job.partition());                                  // 42
        out.str(job.account());                                    // 43
        out.str(job.adminComment());                               // 44
        out.u32(priority.siteFactor());                            // 45
        out.str(job.network());                                    // 46
        out.str(job.comment());                                    // 47
        out.str(job.container());                                  // 48
        out.str(job.batchFeatures());                              // 49
        out.str(job.batchHost());                                  // 50
        out.str(job.burstBuffer());                                // 51
        out.str(job.burstBufferState());                           // 52
        out.str(job.systemComment());                              // 53
        out.str(job.qos());                                        // 54
        out.time(times.preemptable());                             // 55
        out.str(job.licenses());                                   // 56
        out.str(status.stateDesc());                               // 57
        out.str(job.resvName());                                   // 58
        out.str(job.mcsLabel());                                   // 59
        out.u32(status.exitCode());                                // 60
        out.u32(status.derivedExitCode());                         // 61
        out.str(job.gresTotal());                                  // 62
        encodeJobResources(job.jobResources(), out);               // 63
        out.strArray(job.gresDetail());                            // 64
        out.str(job.name());                                       // 65
        out.str(job.userName());                                   // 66
        out.str(job.wckey());                                      // 67
        out.u32(job.reqSwitch());                                  // 68
        out.u32(job.wait4switch());                                // 69
        out.str(job.allocNode());                                  // 70
        out.bits(job.nodeInx());                                   // 71
        job.selectJobInfo().write(out);                            // 72
        encodeDetails(job.details(), out);                         // 73 to 105
        out.u64(job.bitflags());                                   // 106
        out.str(tres.alloc());                                     // 107
        out.str(tres.req());                                       // 108
        out.u16(job.startProtocolVersion());                       // 109
        out.str(fed.origin());                                     // 110
        out.u64(fed.siblingsActive());                             // 111
        out.str(fed.siblingsActiveStr());                          // 112
        out.u64(fed.siblingsViable());                             // 113
        out.str(fed.siblingsViableStr());                          // 114
        out.str(tres.cpusPerTres());                               // 115
        out.str(tres.memPerTres());                                // 116
        out.str(tres.bind());                                      // 117
        out.str(tres.freq());                                      // 118
        out.str(tres.perJob());                                    // 119
        out.str(tres.perNode());                                   // 120
        out.str(tres.perSocket());                                 // 121
        out.str(tres.perTask());                                   // 122
        out.u16(job.mailType());                                   // 123
        out.str(job.mailUser());                                   // 124
        out.str(job.selinuxContext());                             // 125
    }

    /** Fields #73 to #105: the default and the pending job details, in wire order. */
    private static JobDetails decodeDetails(Unpacker in) throws DecodeException {
        final String features = in.str();                          // 73
        final String prefer = in.str();                            // 74, since 22.05
        final String clusterFeatures = in.str();                   // 75
        final String workDir = in.str();                           // 76
        final String dependency = in.str();                        // 77
        final String command = in.str();                           // 78
        final int numCpus = in.u32();                              // 79
        final int maxCpus = in.u32();                              // 80
        final int numNodes = in.u32();                             // 81
        final int maxNodes = in.u32();                             // 82
        final int requeue = in.u16();                              // 83
        final int ntasksPerNode = in.u16();                        // 84
        final int ntasksPerTres = in.u16();                        // 85
        final int numTasks = in.u32();                             // 86
        final int shared = in.u16();                               // 87
        final int cpuFreqMin = in.u32();                           // 88
        final int cpuFreqMax = in.u32();                           // 89
        final int cpuFreqGov = in.u32();                           // 90
        final String cronspec = in.str();                          // 91
        final int contiguous = in.u16();                           // 92
        final int coreSpec = in.u16();                             // 93
        final int cpusPerTask = in.u16();                          // 94
        final int pnMinCpus = in.u16();                            // 95
        final long pnMinMemory = in.u64();                         // 96
        final int pnMinTmpDisk = in.u32();                         // 97
        final String reqNodes = in.str();                          // 98
        final Bitmap reqNodeInx = in.bits();                       // 99
        final String excNodes = in.str();                          // 100
        final Bitmap excNodeInx = in.bits();                       // 101
        final String stdErr = in.str();                            // 102
        final String stdIn = in.str();                             // 103
        final String stdOut = in.str();                            // 104
        final MultiCore multiCore = decodeMultiCore(in);           // 105
        return new JobDetails(features, prefer, clusterFeatures, workDir, dependency, command,
                numCpus, maxCpus, numNodes, maxNodes, requeue, ntasksPerNode, ntasksPerTres,
                numTasks, shared, cpuFreqMin, cpuFreqMax, cpuFreqGov, cronspec, contiguous,
                coreSpec, cpusPerTask, pnMinCpus, pnMinMemory, pnMinTmpDisk, reqNodes,
                reqNodeInx, excNodes, excNodeInx, stdErr, stdIn, stdOut, multiCore);
    }

    private static void encodeDetails(JobDetails d, Packer out) {
        out.str(d.features());                                     // 73
        out.str(d.prefer());                                       // 74, since 22.05
        out.str(d.clusterFeatures());                              // 75
        out.str(d.workDir());                                      // 76
        out.str(d.dependency());                                   // 77
        out.str(d.command());                                      // 78
        out.u32(d.numCpus());                                      // 79
        out.u32(d.maxCpus());                                      // 80
        out.u32(d.numNodes());                                     // 81
        out.u32(d.maxNodes());                                     // 82
        out.u16(d.requeue());                                      // 83
        out.u16(d.ntasksPerNode());                                // 84
        out.u16(d.ntasksPerTres());                                // 85
        out.u32(d.numTasks());                                     // 86
        out.u16(d.shared());                                       // 87
        out.u32(d.cpuFreqMin());                                   // 88
        out.u32(d.cpuFreqMax());                                   // 89
        out.u32(d.cpuFreqGov());                                   // 90
        out.str(d.cronspec());                                     // 91
        out.u16(d.contiguous());                                   // 92
        out.u16(d.coreSpec());                                     // 93
        out.u16(d.cpusPerTask());                                  // 94
        out.u16(d.pnMinCpus());                                    // 95
        out.u64(d.pnMinMemory());                                  // 96
        out.u32(d.pnMinTmpDisk());                                 // 97
        out.str(d.reqNodes());                                     // 98
        out.bits(d.reqNodeInx());                                  // 99
        out.str(d.excNodes());                                     // 100
        out.bits(d.excNodeInx());                                  // 101
        out.str(d.stdErr());                                       // 102
        out.str(d.stdIn());                                        // 103
        out.str(d.stdOut());                                       // 104
        encodeMultiCore(d.multiCore(), out);                       // 105
    }

    /** §4.5.2 {@code pack_job_resources}: NO_VAL instead of the host count means none. */
    private static JobResources decodeJobResources(Unpacker in) throws DecodeException {
        final int nhosts = in.u32();
        if (nhosts == Sentinels.NO_VAL) {
            return null;
        }
        final int ncpus = in.u32();
        final int nodeReq = in.u32();
        final String nodes = in.str();
        final int wholeNode = in.u8();
        final int threadsPerCore = in.u16();
        final int crType = in.u16();
        final int[] cpuArrayReps = in.u32Array();
        final int[] cpuArrayValue = in.u16Array();
        final int[] cpus = in.u16Array();
        final int[] cpusUsed = in.u16Array();
        final long[] memoryAllocated = in.u64Array();
        final long[] memoryUsed = in.u64Array();
        final int[] socketsPerNode = in.u16Array();
        final int[] coresPerSocket = in.u16Array();
        final int[] sockCoreRepCount = in.u32Array();
        final Bitmap coreBitmap = in.bits();
        final Bitmap coreBitmapUsed = in.bits();

        // the client refuses these mismatches; so does the record
        if (Counts.of(cpuArrayValue) != Counts.of(cpuArrayReps) || Counts.of(cpus) != nhosts) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "job_resources arrays do not match the host and cpu array counts");
        }
        return new JobResources(nhosts, ncpus, nodeReq, nodes, wholeNode, threadsPerCore,
                crType, cpuArrayReps, cpuArrayValue, cpus, cpusUsed, memoryAllocated,
                memoryUsed, socketsPerNode, coresPerSocket, sockCoreRepCount, coreBitmap,
                coreBitmapUsed);
    }

    private static void encodeJobResources(JobResources r, Packer out) {
        if (r == null) {
            out.u32(Sentinels.NO_VAL);
            return;
        }
        out.u32(r.nhosts());
        out.u32(r.ncpus());
        out.u32(r.nodeReq());
        out.str(r.nodes());
        out.u8(r.wholeNode());
        out.u16(r.threadsPerCore());
        out.u16(r.crType());
        out.u32Array(r.cpuArrayReps());
        out.u16Array(r.cpuArrayValue());
        out.u16Array(r.cpus());
        out.u16Array(r.cpusUsed());
        out.u64Array(r.memoryAllocated());
        out.u64Array(r.memoryUsed());
        out.u16Array(r.socketsPerNode());
        out.u16Array(r.coresPerSocket());
        out.u32Array(r.sockCoreRepCount());
        out.bits(r.coreBitmap());
        out.bits(r.coreBitmapUsed());
    }

    /** §4.5.3 {@code pack_multi_core_data}: a flag byte, then nine u16 if present. */
    private static MultiCore decodeMultiCore(Unpacker in) throws DecodeException {
        final int flag = in.u8();
        if (flag == MULTI_CORE_ABSENT) {
            return null;
        }
        if (flag != MULTI_CORE_PRESENT) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "multi-core flag byte " + flag + " is neither 0x00 nor 0xFF");
        }
        return new MultiCore(in.u16(), in.u16(), in.u16(), in.u16(), in.u16(), in.u16(),
                in.u16(), in.u16(), in.u16());
    }

    private static void encodeMultiCore(MultiCore m, Packer out) {
        if (m == null) {
            out.u8(MULTI_CORE_ABSENT);
            return;
        }
        out.u8(MULTI_CORE_PRESENT);
        out.u16(m.boardsPerNode());
        out.u16(m.socketsPerBoard());
        out.u16(m.socketsPerNode());
        out.u16(m.coresPerSocket());
        out.u16(m.threadsPerCore());
        out.u16(m.ntasksPerBoard());
        out.u16(m.ntasksPerSocket());
        out.u16(m.ntasksPerCore());
        out.u16(m.planeSize());
    }
}
