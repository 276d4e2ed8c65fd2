package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Counts;

/**
 * The job credential ({@code slurm_cred_t}) slurmctld hands to slurmd with a batch launch or a
 * kill request, and srun with a step: who runs the job, where, and on which cores and memory.
 *
 * <p>The components follow the 22.05 wire order (numbers of the protocol notes in comments).
 * Counts the wire repeats (core, CPU and memory array sizes, the core total) are derived from
 * the arrays here. Array components are neither copied nor compared by value, as for any record.
 *
 * @param grNames          group names of {@code gids}: null, or exactly as many as gids
 * @param jobCoreBitmap    cores of the job over all its nodes; null when none
 * @param coresPerSocket   with {@code socketsPerNode} and {@code sockCoreRepCount}: run-length
 *                         node layouts, all three null or of equal length
 * @param cpuArray         with {@code cpuArrayReps}: CPUs per node, run-length encoded
 * @param jobMemAlloc      with {@code jobMemAllocRepCount}: MB per node, run-length encoded
 * @param stepMemAlloc     with {@code stepMemAllocRepCount}: the step's MB per node
 * @param ctime            creation time; slurmd refuses credentials past their lifetime
 * @param signature        empty (null) for the batch launch and kill credentials 22.05 sends;
 *                         for a step credential the MUNGE string signing fields 1-47
 */
public record JobCredential(
        StepId stepId,                  // 1-3
        int uid,                        // 4
        int gid,                        // 5
        String pwName,                  // 6
        String pwGecos,                 // 7
        String pwDir,                   // 8
        String pwShell,                 // 9
        int[] gids,                     // 10
        List<String> grNames,           // 11
        // 12 job_gres_list and 13 step_gres_list: always empty, see GresLists
        int jobCoreSpec,                // 14
        String jobAccount,              // 15
        String jobAliasList,            // 16
        String jobComment,              // 17
        String jobConstraints,          // 18
        String jobPartition,            // 19
        String jobReservation,          // 20
        int jobRestartCnt,              // 21
        String jobStdErr,               // 22
        String jobStdIn,                // 23
        String jobStdOut,               // 24
        String stepHostlist,            // 25
        int x11,                        // 26
        long ctime,                     // 27
        // 28 tot_core_cnt = size of jobCoreBitmap
        Bitmap jobCoreBitmap,           // 29
        Bitmap stepCoreBitmap,          // 30
        // 31 core_array_size = length of the three arrays
        int[] coresPerSocket,           // 32
        int[] socketsPerNode,           // 33
        int[] sockCoreRepCount,         // 34
        // 35 cpu_array_count
        int[] cpuArray,                 // 36
        int[] cpuArrayReps,             // 37
        int jobNhosts,                  // 38
        int jobNtasks,                  // 39
        String jobHostlist,             // 40
        // 41 job_mem_alloc_size
        long[] jobMemAlloc,             // 42
        int[] jobMemAllocRepCount,      // 43
        // 44 step_mem_alloc_size
        long[] stepMemAlloc,            // 45
        int[] stepMemAllocRepCount,     // 46
        String selinuxContext,          // 47
        byte[] signature                // 48
) {

    public JobCredential {
        grNames = grNames == null ? null : List.copyOf(grNames);
        if (grNames != null && grNames.size() != Counts.of(gids)) {
            throw new IllegalArgumentException(
                    grNames.size() + " group names for " + Counts.of(gids) + " gids");
        }
        requireSameLength("socket layout", Counts.of(coresPerSocket), Counts.of(socketsPerNode),
                Counts.of(sockCoreRepCount));
        requireSameLength("CPU array", Counts.of(cpuArray), Counts.of(cpuArrayReps));
        requireSameLength("job memory", Counts.of(jobMemAlloc), Counts.of(jobMemAllocRepCount));
        requireSameLength("step memory", Counts.of(stepMemAlloc), Counts.of(stepMemAllocRepCount));
    }

    private static void requireSameLength(String what, int... lengths) {
        for (int length : lengths) {
            if (length != lengths[0]) {
                throw new IllegalArgumentException(what + " arrays differ in length");
            }
        }
    }
}
