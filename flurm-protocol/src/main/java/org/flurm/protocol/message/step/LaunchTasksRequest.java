package org.flurm.protocol.message.step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.SensitiveFields;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.JobCredential;

/**
 * REQUEST_LAUNCH_TASKS (6001), {@code launch_tasks_request_msg_t}: srun asking each slurmd of a
 * step to start its share of the tasks, with everything the tasks need (credential, command,
 * environment, I/O routing back to srun).
 *
 * <p>Components follow the 22.05 wire order. Counts the wire repeats (group count, node count,
 * tasks per node, port counts) are derived from the arrays and lists here; arrays are neither
 * copied nor compared by value.
 *
 * @param hetJobTids        per node of a het step, its task ids; null for an ordinary step
 *                          (NO_VAL on the wire)
 * @param hetJobTidOffsets  per task of a het step, its offset; null for an ordinary step
 * @param mpiPluginId       the MPI plugin to set up, 0 for none
 * @param credVersion       the protocol version the credential is written in
 * @param globalTaskIds     per node of the step, the global ids of the tasks it launches
 *                          (node count = its size)
 * @param respPorts         srun's ports for RESPONSE_LAUNCH_TASKS and MESSAGE_TASK_EXIT
 * @param origAddr          srun's address as the launch should answer it (AF_UNSPEC: the peer)
 * @param argv              the command, e.g. {@code ["hostname"]}
 * @param ioPorts           srun's ports for the task I/O streams
 * @param options           spank plugin options passed from srun to slurmstepd
 * @param openMode          how output files are opened (append 1, truncate 2, 0 for default)
 */
public record LaunchTasksRequest(
        StepId stepId,
        int uid,
        int gid,
        String userName,
        int[] gids,
        int hetJobNodeOffset,
        int hetJobId,
        List<int[]> hetJobTids,
        int[] hetJobTidOffsets,
        int hetJobOffset,
        int hetJobStepCnt,
        int hetJobTaskOffset,
        String hetJobNodeList,
        int mpiPluginId,
        int ntasks,
        int ntasksPerBoard,
        int ntasksPerCore,
        int ntasksPerTres,
        int ntasksPerSocket,
        long jobMemLim,
        long stepMemLim,
        int cpusPerTask,
        String tresPerTask,
        int threadsPerCore,
        int taskDist,
        int nodeCpus,
        int jobCoreSpec,
        int accelBindType,
        int credVersion,
        JobCredential cred,
        List<int[]> globalTaskIds,
        int[] respPorts,
        OrigAddr origAddr,
        List<String> env,
        List<String> spankJobEnv,
        String container,
        String cwd,
        int cpuBindType,
        String cpuBind,
        int memBindType,
        String memBind,
        List<String> argv,
        int flags,
        String ofname,
        String efname,
        String ifname,
        int[] ioPorts,
        int profile,
        String taskProlog,
        String taskEpilog,
        int slurmdDebug,
        SwitchJobInfo switchJob,
        List<JobOption> options,
        String aliasList,
        String completeNodelist,
        int openMode,
        String acctgFreq,
        int cpuFreqMin,
        int cpuFreqMax,
        int cpuFreqGov,
        SelectJobInfo selectJobinfo,
        String tresBind,
        String tresFreq,
        int x11,
        String x11AllocHost,
        int x11AllocPort,
        String x11MagicCookie,
        String x11Target,
        int x11TargetPort) implements MessageBody {

    /** Shows the scripts, environments and arguments only by size: see SensitiveFields. */
    @Override
    public String toString() {
        return SensitiveFields.describe(this, Set.of("env", "spankJobEnv", "argv"));
    }

    public LaunchTasksRequest {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(cred, "cred");
        Objects.requireNonNull(origAddr, "origAddr");
        Objects.requireNonNull(switchJob, "switchJob");
        Objects.requireNonNull(selectJobinfo, "selectJobinfo");
        hetJobTids = hetJobTids == null ? null : Collections.unmodifiableList(
                new ArrayList<>(hetJobTids));
        globalTaskIds = Collections.unmodifiableList(new ArrayList<>(globalTaskIds));
        env = env == null ? null : List.copyOf(env);
        spankJobEnv = spankJobEnv == null ? null : List.copyOf(spankJobEnv);
        argv = argv == null ? null : List.copyOf(argv);
        options = List.copyOf(options);
    }

    /** One spank option ({@code job_option_info}): plugin-defined type, name and argument. */
    public record JobOption(int type, String option, String optarg) {
    }
}
