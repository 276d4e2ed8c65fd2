package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The job credential's layout ({@code _pack_cred} + {@code slurm_cred_pack}): the signed fields,
 * then the signature as packmem. Part of other bodies, not a message of its own.
 *
 * <p>Its version is the credential's own: the batch launch states it in a field before it.
 */
final class JobCredentialCodec {

    private JobCredentialCodec() {
    }

    static JobCredential read(Unpacker in, int credVersion) throws DecodeException {
        if (credVersion < ProtocolVersion.SLURM_22_05) {
            // LIMIT: the 21.08 credential (no account, comment, std paths, ...) is not read.
            throw ProtocolVersion.unreadable("job credential", credVersion);
        }
        final StepId stepId = StepId.read(in);                          // 1-3
        final int uid = in.u32();                                       // 4
        final int gid = in.u32();                                       // 5
        final String pwName = in.str();                                 // 6
        final String pwGecos = in.str();                                // 7
        final String pwDir = in.str();                                  // 8
        final String pwShell = in.str();                                // 9
        final int[] gids = in.u32Array();                               // 10
        final List<String> grNames = in.strArray();                     // 11
        if (grNames != null && grNames.size() != Counts.of(gids)) {
            throw new DecodeException(DecodeException.Kind.INVALID, grNames.size()
                    + " group names for " + Counts.of(gids) + " gids");
        }
        GresLists.readEmpty(in, "credential job_gres_list");            // 12
        GresLists.readEmpty(in, "credential step_gres_list");           // 13
        final int jobCoreSpec = in.u16();                               // 14
        final String jobAccount = in.str();                             // 15
        final String jobAliasList = in.str();                           // 16
        final String jobComment = in.str();                             // 17
        final String jobConstraints = in.str();                         // 18
        final String jobPartition = in.str();                           // 19
        final String jobReservation = in.str();                         // 20
        final int jobRestartCnt = in.u16();                             // 21
        final String jobStdErr = in.str();                              // 22
        final String jobStdIn = in.str();                               // 23
        final String jobStdOut = in.str();                              // 24
        final String stepHostlist = in.str();                           // 25
        final int x11 = in.u16();                                       // 26
        final long ctime = in.time();                                   // 27
        final int totCoreCnt = in.u32();                                // 28
        final Bitmap jobCoreBitmap = in.bits();                         // 29
        if (totCoreCnt != (jobCoreBitmap == null ? 0 : jobCoreBitmap.size())) {
            throw new DecodeException(DecodeException.Kind.INVALID, "tot_core_cnt "
                    + totCoreCnt + " does not match the job core bitmap");
        }
        final Bitmap stepCoreBitmap = in.bits();                        // 30
        final int coreArraySize = in.u16();                             // 31
        int[] coresPerSocket = null;
        int[] socketsPerNode = null;
        int[] sockCoreRepCount = null;
        if (coreArraySize > 0) {
            coresPerSocket = sized(in.u16Array(), coreArraySize, "cores_per_socket");   // 32
            socketsPerNode = sized(in.u16Array(), coreArraySize, "sockets_per_node");   // 33
            sockCoreRepCount = sized(in.u32Array(), coreArraySize, "sock_core_rep");    // 34
        }
        final int cpuArrayCount = in.u32();                             // 35
        int[] cpuArray = null;
        int[] cpuArrayReps = null;
        if (cpuArrayCount != 0) {
            cpuArray = sized(in.u16Array(), cpuArrayCount, "cpu_array");                // 36
            cpuArrayReps = sized(in.u32Array(), cpuArrayCount, "cpu_array_reps");       // 37
        }
        final int jobNhosts = in.u32();                                 // 38
        final int jobNtasks = in.u32();                                 // 39
        final String jobHostlist = in.str();                            // 40
        final int jobMemAllocSize = in.u32();                           // 41
        long[] jobMemAlloc = null;
        int[] jobMemAllocRepCount = null;
        if (jobMemAllocSize != 0) {
            jobMemAlloc = sized(in.u64Array(), jobMemAllocSize, "job_mem_alloc");       // 42
            jobMemAllocRepCount = sized(in.u32Array(), jobMemAllocSize, "job_mem_rep"); // 43
        }
        final int stepMemAllocSize = in.u32();                          // 44
        long[] stepMemAlloc = null;
        int[] stepMemAllocRepCount = null;
        if (stepMemAllocSize != 0) {
            stepMemAlloc = sized(in.u64Array(), stepMemAllocSize, "step_mem_alloc");    // 45
            stepMemAllocRepCount = sized(in.u32Array(), stepMemAllocSize, "step_mem_rep"); // 46
        }
        final String selinuxContext = in.str();                         // 47
        final byte[] signature = in.mem();                              // 48
        return new JobCredential(stepId, uid, gid, pwName, pwGecos, pwDir, pwShell, gids,
                grNames, jobCoreSpec, jobAccount, jobAliasList, jobComment, jobConstraints,
                jobPartition, jobReservation, jobRestartCnt, jobStdErr, jobStdIn, jobStdOut,
                stepHostlist, x11, ctime, jobCoreBitmap, stepCoreBitmap, coresPerSocket,
                socketsPerNode, sockCoreRepCount, cpuArray, cpuArrayReps, jobNhosts, jobNtasks,
                jobHostlist, jobMemAlloc, jobMemAllocRepCount, stepMemAlloc, stepMemAllocRepCount,
                selinuxContext, signature);
    }

    static void write(JobCredential cred, Packer out, int credVersion) {
        if (credVersion < ProtocolVersion.SLURM_22_05) {
            throw ProtocolVersion.unwritable("job credential", credVersion);
        }
        cred.stepId().write(out);                                       // 1-3
        out.u32(cred.uid());                                            // 4
        out.u32(cred.gid());                                            // 5
        out.str(cred.pwName());                                         // 6
        out.str(cred.pwGecos());                                        // 7
        out.str(cred.pwDir());                                          // 8
        out.str(cred.pwShell());                                        // 9
        out.u32Array(cred.gids());                                      // 10
        out.strArray(cred.grNames());                                   // 11
        GresLists.writeEmpty(out);                                      // 12
        GresLists.writeEmpty(out);                                      // 13
        out.u16(cred.jobCoreSpec());                                    // 14
        out.str(cred.jobAccount());                                     // 15
        out.str(cred.jobAliasList());                                   // 16
        out.str(cred.jobComment());                                     // 17
        out.str(cred.jobConstraints());                                 // 18
        out.str(cred.jobPartition());                                   // 19
        out.str(cred.jobReservation());                                 // 20
        out.u16(cred.jobRestartCnt());                                  // 21
        out.str(cred.jobStdErr());                                      // 22
        out.str(cred.jobStdIn());                                       // 23
        out.str(cred.jobStdOut());                                      // 24
        out.str(cred.stepHostlist());                                   // 25
        out.u16(cred.x11());                                            // 26
        out.time(cred.ctime());                                         // 27
        out.u32(cred.jobCoreBitmap() == null ? 0 : cred.jobCoreBitmap().size()); // 28
        out.bits(cred.jobCoreBitmap());                                 // 29
        out.bits(cred.stepCoreBitmap());                                // 30
        final int coreArraySize = Counts.of(cred.coresPerSocket());
        out.u16(coreArraySize);                                         // 31
        if (coreArraySize > 0) {
            out.u16Array(cred.coresPerSocket());                        // 32
            out.u16Array(cred.socketsPerNode());                        // 33
            out.u32Array(cred.sockCoreRepCount());                      // 34
        }
        final int cpuArrayCount = Counts.of(cred.cpuArray());
        out.u32(cpuArrayCount);                                         // 35
        if (cpuArrayCount > 0) {
            out.u16Array(cred.cpuArray());                              // 36
            out.u32Array(cred.cpuArrayReps());                          // 37
        }
        out.u32(cred.jobNhosts());                                      // 38
        out.u32(cred.jobNtasks());                                      // 39
        out.str(cred.jobHostlist());                                    // 40
        final int jobMemAllocSize = Counts.of(cred.jobMemAlloc());
        out.u32(jobMemAllocSize);                                       // 41
        if (jobMemAllocSize > 0) {
            out.u64Array(cred.jobMemAlloc());                           // 42
            out.u32Array(cred.jobMemAllocRepCount());                   // 43
        }
        final int stepMemAllocSize = Counts.of(cred.stepMemAlloc());
        out.u32(stepMemAllocSize);                                      // 44
        if (stepMemAllocSize > 0) {
            out.u64Array(cred.stepMemAlloc());                          // 45
            out.u32Array(cred.stepMemAllocRepCount());                  // 46
        }
        out.str(cred.selinuxContext());                                 // 47
        out.mem(cred.signature());                                      // 48
    }

    /** An array whose count the layout also states in a separate field; both must agree. */
    static int[] sized(int[] items, int expected, String what) throws DecodeException {
        requireCount(Counts.of(items), expected, what);
        return items;
    }

    static long[] sized(long[] items, int expected, String what) throws DecodeException {
        requireCount(Counts.of(items), expected, what);
        return items;
    }

    private static void requireCount(int count, int expected, String what)
            throws DecodeException {
        if (count != expected) {
            throw new DecodeException(DecodeException.Kind.INVALID, what + " has " + count
                    + " entries, expected " + Integer.toUnsignedString(expected));
        }
    }
}
