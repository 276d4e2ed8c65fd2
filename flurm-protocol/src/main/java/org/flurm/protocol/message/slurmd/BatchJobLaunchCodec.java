package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** REQUEST_BATCH_JOB_LAUNCH (4005), {@code _pack_batch_job_launch_msg}. */
public final class BatchJobLaunchCodec implements BodyCodec<BatchJobLaunch> {

    @Override
    public BatchJobLaunch decode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            // LIMIT: the 21.08 layout (which differs in the credential) is not read.
            throw ProtocolVersion.unreadable("batch_job_launch", protocolVersion);
        }
        final int jobId = in.u32();                                     // 1
        final int hetJobId = in.u32();                                  // 2
        final int uid = in.u32();                                       // 3
        final int gid = in.u32();                                       // 4
        final String userName = in.str();                               // 5
        final int[] gids = in.u32Array();                               // 6
        final String partition = in.str();                              // 7
        final int ntasks = in.u32();                                    // 8
        final long pnMinMemory = in.u64();                              // 9
        final int openMode = in.u8();                                   // 10
        final int overcommit = in.u8();                                 // 11
        final int arrayJobId = in.u32();                                // 12
        final int arrayTaskId = in.u32();                               // 13
        final String acctgFreq = in.str();                              // 14
        final String container = in.str();                              // 15
        final int cpuBindType = in.u16();                               // 16
        final int cpusPerTask = in.u16();                               // 17
        final int restartCnt = in.u16();                                // 18
        final int jobCoreSpec = in.u16();                               // 19
        final int numCpuGroups = in.u32();                              // 20
        int[] cpusPerNode = null;
        int[] cpuCountReps = null;
        if (numCpuGroups != 0) {
            cpusPerNode = JobCredentialCodec.sized(in.u16Array(), numCpuGroups,
                    "cpus_per_node");                                   // 21
            cpuCountReps = JobCredentialCodec.sized(in.u32Array(), numCpuGroups,
                    "cpu_count_reps");                                  // 22
        }
        final String aliasList = in.str();                              // 23
        final String cpuBind = in.str();                                // 24
        final String nodes = in.str();                                  // 25
        final String script = in.str();                                 // 26
        final String workDir = in.str();                                // 27
        final String stdErr = in.str();                                 // 28
        final String stdIn = in.str();                                  // 29
        final String stdOut = in.str();                                 // 30
        final List<String> argv = counted(in.u32(), in.strArray(), "argv");            // 31-32
        final List<String> spankJobEnv = in.strArray();                 // 33
        final List<String> environment = counted(in.u32(), in.strArray(), "environment"); // 34-35
        final long jobMem = in.u64();                                   // 36
        final int credVersion = in.u16();                               // 37
        final JobCredential cred = JobCredentialCodec.read(in, credVersion);         // 38
        final SelectJobInfo selectJobInfo = SelectJobInfo.read(in);     // 39
        final String account = in.str();                                // 40
        final String qos = in.str();                                    // 41
        final String resvName = in.str();                               // 42
        final int profile = in.u32();                                   // 43
        final String tresBind = in.str();                               // 44
        final String tresFreq = in.str();                               // 45
        return new BatchJobLaunch(jobId, hetJobId, uid, gid, userName, gids, partition, ntasks,
                pnMinMemory, openMode, overcommit, arrayJobId, arrayTaskId, acctgFreq, container,
                cpuBindType, cpusPerTask, restartCnt, jobCoreSpec, cpusPerNode, cpuCountReps,
                aliasList, cpuBind, nodes, script, workDir, stdErr, stdIn, stdOut, argv,
                spankJobEnv, environment, jobMem, credVersion, cred, selectJobInfo, account, qos,
                resvName, profile, tresBind, tresFreq);
    }

    /** argv and the environment travel as a u32 count and then a string array of that count. */
    private static List<String> counted(int count, List<String> items, String what)
            throws DecodeException {
        final int actual = items == null ? 0 : items.size();
        if (actual != count) {
            throw new DecodeException(DecodeException.Kind.INVALID, what + " count "
                    + Integer.toUnsignedString(count) + " but " + actual + " strings");
        }
        return items;
    }

    @Override
    public void encode(BatchJobLaunch launch, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("batch_job_launch", protocolVersion);
        }
        out.u32(launch.jobId());                                        // 1
        out.u32(launch.hetJobId());                                     // 2
        out.u32(launch.uid());                                          // 3
        out.u32(launch.gid());                                          // 4
        out.str(launch.userName());                                     // 5
        out.u32Array(launch.gids());                                    // 6
        out.str(launch.partition());                                    // 7
        out.u32(launch.ntasks());                                       // 8
        out.u64(launch.pnMinMemory());                                  // 9
        out.u8(launch.openMode());                                      // 10
        out.u8(launch.overcommit());                                    // 11
        out.u32(launch.arrayJobId());                                   // 12
        out.u32(launch.arrayTaskId());                                  // 13
        out.str(launch.acctgFreq());                                    // 14
        out.str(launch.container());                                    // 15
        out.u16(launch.cpuBindType());                                  // 16
        out.u16(launch.cpusPerTask());                                  // 17
        out.u16(launch.restartCnt());                                   // 18
        out.u16(launch.jobCoreSpec());                                  // 19
        final int numCpuGroups = Counts.of(launch.cpusPerNode());
        out.u32(numCpuGroups);                                          // 20
        if (numCpuGroups > 0) {
            out.u16Array(launch.cpusPerNode());                         // 21
            out.u32Array(launch.cpuCountReps());                        // 22
        }
        out.str(launch.aliasList());                                    // 23
        out.str(launch.cpuBind());                                      // 24
        out.str(launch.nodes());                                        // 25
        out.str(launch.script());                                       // 26
        out.str(launch.workDir());                                      // 27
        out.str(launch.stdErr());                                       // 28
        out.str(launch.stdIn());                                        // 29
        out.str(launch.stdOut());                                       // 30
        out.u32(Counts.of(launch.argv()));                                   // 31
        out.strArray(launch.argv());                                    // 32
        out.strArray(launch.spankJobEnv());                             // 33
        out.u32(Counts.of(launch.environment()));                            // 34
        out.strArray(launch.environment());                             // 35
        out.u64(launch.jobMem());                                       // 36
        out.u16(launch.credVersion());                                  // 37
        JobCredentialCodec.write(launch.cred(), out, launch.credVersion()); // 38
        launch.selectJobInfo().write(out);                              // 39
        out.str(launch.account());                                      // 40
        out.str(launch.qos());                                          // 41
        out.str(launch.resvName());                                     // 42
        out.u32(launch.profile());                                      // 43
        out.str(launch.tresBind());                                     // 44
        out.str(launch.tresFreq());                                     // 45
    }
}
