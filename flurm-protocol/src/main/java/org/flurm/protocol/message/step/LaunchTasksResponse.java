package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Counts;

/**
 * RESPONSE_LAUNCH_TASKS (6002), {@code launch_tasks_response_msg_t}: slurmstepd telling srun
 * that one node's tasks started, with their process ids. Sent to one of srun's resp_ports.
 * The arrays are neither copied nor compared by value.
 *
 * @param returnCode 0, or why the tasks did not start
 * @param localPids  the tasks' process ids on the node
 * @param taskIds    the global task id of each pid, as many as {@code localPids}
 */
public record LaunchTasksResponse(StepId stepId, int returnCode, String nodeName,
                                  int[] localPids, int[] taskIds) implements MessageBody {

    public LaunchTasksResponse {
        if (Counts.of(localPids) != Counts.of(taskIds)) {
            throw new IllegalArgumentException(Counts.of(localPids) + " pids for "
                    + Counts.of(taskIds) + " task ids");
        }
    }
}
