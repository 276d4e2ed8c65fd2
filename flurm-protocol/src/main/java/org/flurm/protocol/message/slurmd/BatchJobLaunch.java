package org.flurm.protocol.message.slurmd;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.SensitiveFields;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Counts;

/**
 * REQUEST_BATCH_JOB_LAUNCH (4005): slurmctld asks the batch host's slurmd to start a job's
 * batch script; slurmd answers RESPONSE_SLURM_RC.
 *
 * <p>Components follow the 22.05 wire order (numbers of the protocol notes in comments). The
 * counts the wire repeats (CPU groups, argc, envc) are derived from the lists here. Arrays are
 * neither copied nor compared by value.
 *
 * @param userName      may be null; slurmd then looks the uid up itself
 * @param arrayTaskId   NO_VAL unless an array task
 * @param cpusPerNode   with {@code cpuCountReps}: CPUs per node, run-length encoded; both null
 *                      or of equal length
 * @param argv          the script path, then its arguments
 * @param environment   "NAME=value" strings the script starts with
 * @param credVersion   the protocol version the credential is packed in (0x2600 for 22.05)
 */
public record BatchJobLaunch(
        int jobId,                      // 1
        int hetJobId,                   // 2
        int uid,                        // 3
        int gid,                        // 4
        String userName,                // 5
        int[] gids,                     // 6
        String partition,               // 7
        int ntasks,                     // 8
        long pnMinMemory,               // 9
        int openMode,                   // 10
        int overcommit,                 // 11
        int arrayJobId,                 // 12
        int arrayTaskId,                // 13
        String acctgFreq,               // 14
        String container,               // 15
        int cpuBindType,                // 16
        int cpusPerTask,                // 17
        int restartCnt,                 // 18
        int jobCoreSpec,                // 19
        // 20 num_cpu_groups = length of the two arrays
        int[] cpusPerNode,              // 21
        int[] cpuCountReps,             // 22
        String aliasList,               // 23
        String cpuBind,                 // 24
        String nodes,                   // 25
        String script,                  // 26
        String workDir,                 // 27
        String stdErr,                  // 28
        String stdIn,                   // 29
        String stdOut,                  // 30
        List<String> argv,              // 31 argc, 32
        List<String> spankJobEnv,       // 33
        List<String> environment,       // 34 envc, 35
        long jobMem,                    // 36
        int credVersion,                // 37
        JobCredential cred,             // 38
        SelectJobInfo selectJobInfo,    // 39
        String account,                 // 40
        String qos,                     // 41
        String resvName,                // 42
        int profile,                    // 43
        String tresBind,                // 44
        String tresFreq                 // 45
) implements MessageBody {

    /** Shows the scripts, environments and arguments only by size: see SensitiveFields. */
    @Override
    public String toString() {
        return SensitiveFields.describe(this,
                Set.of("script", "argv", "environment", "spankJobEnv"));
    }

    public BatchJobLaunch {
        Objects.requireNonNull(cred, "cred");
        Objects.requireNonNull(selectJobInfo, "selectJobInfo");
        if (Counts.of(cpusPerNode) != Counts.of(cpuCountReps)) {
            throw new IllegalArgumentException("cpus_per_node and cpu_count_reps differ in length");
        }
        argv = argv == null ? null : List.copyOf(argv);
        spankJobEnv = spankJobEnv == null ? null : List.copyOf(spankJobEnv);
        environment = environment == null ? null : List.copyOf(environment);
    }
}
