package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;

/**
 * REQUEST_JOB_STEP_CREATE (5001), {@code job_step_create_request_msg_t}: srun asking for a step
 * inside an allocation, with the shape it wants (nodes, tasks, CPUs, memory, distribution).
 *
 * @param stepId          job id, NO_VAL for "the next step id" (srun's usual ask), het comp
 * @param cpuCount        CPUs for the whole step
 * @param pnMinMemory     memory per node in MB, or per CPU with the MEM_PER_CPU bit
 * @param timeLimit       minutes, NO_VAL for the job's
 * @param relative        first node of the allocation to use, NO_VAL16 for none
 * @param taskDist        task distribution ({@code task_dist_states_t} with flags)
 * @param port            srun's port for step messages (SRUN_* and the launch replies)
 * @param host            where srun runs
 * @param srunPid         for the step's record only
 * @param stepHetCompCnt  components of a heterogeneous step, NO_VAL for an ordinary one
 * @param submitLine      srun's command line, kept for sacct
 */
public record JobStepCreateRequest(
        StepId stepId,
        int userId,
        int minNodes,
        int maxNodes,
        String container,
        int cpuCount,
        int cpuFreqMin,
        int cpuFreqMax,
        int cpuFreqGov,
        int numTasks,
        long pnMinMemory,
        int timeLimit,
        int threadsPerCore,
        int relative,
        int taskDist,
        int planeSize,
        int port,
        int immediate,
        int resvPortCnt,
        int srunPid,
        int flags,
        String host,
        String name,
        String network,
        String nodeList,
        String excNodes,
        String features,
        int stepHetCompCnt,
        String stepHetGrps,
        String cpusPerTres,
        String memPerTres,
        int ntasksPerTres,
        String submitLine,
        String tresBind,
        String tresFreq,
        String tresPerStep,
        String tresPerNode,
        String tresPerSocket,
        String tresPerTask) implements MessageBody {
}
