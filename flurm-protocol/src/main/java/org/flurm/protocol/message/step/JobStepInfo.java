package org.flurm.protocol.message.step;

import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;

/**
 * One step as slurmctld describes it to squeue -s and scontrol show step
 * ({@code job_step_info_t}).
 *
 * @param arrayJobId       the array's job id, 0 for a job outside an array
 * @param arrayTaskId      the task's index in its array, NO_VAL outside an array
 * @param numCpus          CPUs of the step
 * @param numTasks         tasks of the step
 * @param taskDist         task distribution, SLURM_DIST_UNKNOWN without a layout
 * @param timeLimit        minutes
 * @param state            a job state number (running, completing, ...)
 * @param startTime        seconds since the epoch
 * @param runTime          seconds the step has run, suspensions excluded
 * @param cluster          the controller's cluster name
 * @param srunHost         where the launching srun runs
 * @param nodes            the step's nodes as a host list expression
 * @param nodeBitmap       the same nodes as indexes of the controller's node table
 * @param tresAllocStr     allocated TRES in "cpu=1,mem=..." form
 * @param startProtocolVer the lowest protocol version of the step's slurmds
 * @param submitLine       the srun command line
 */
public record JobStepInfo(
        int arrayJobId,
        int arrayTaskId,
        StepId stepId,
        int userId,
        int numCpus,
        int cpuFreqMin,
        int cpuFreqMax,
        int cpuFreqGov,
        int numTasks,
        int taskDist,
        int timeLimit,
        int state,
        int srunPid,
        long startTime,
        long runTime,
        String cluster,
        String container,
        String partition,
        String srunHost,
        String resvPorts,
        String nodes,
        String name,
        String network,
        Bitmap nodeBitmap,
        SelectJobInfo selectJobinfo,
        String tresAllocStr,
        int startProtocolVer,
        String cpusPerTres,
        String memPerTres,
        String submitLine,
        String tresBind,
        String tresFreq,
        String tresPerStep,
        String tresPerNode,
        String tresPerSocket,
        String tresPerTask) {
}
