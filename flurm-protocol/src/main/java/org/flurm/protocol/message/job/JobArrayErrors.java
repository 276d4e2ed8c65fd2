package org.flurm.protocol.message.job;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_JOB_ARRAY_ERRORS (5034): the answer to an update or requeue of an array
 * expression, one outcome per group of array tasks. SLURM's {@code job_array_resp_msg}.
 */
public record JobArrayErrors(List<TaskResult> results) implements MessageBody {

    /**
     * One group of array tasks and what happened to it.
     *
     * @param errorCode  SLURM error number, 0 for success
     * @param jobArrayId the tasks, e.g. "12_[1-3]"
     */
    public record TaskResult(int errorCode, String jobArrayId) {
    }

    public JobArrayErrors {
        results = List.copyOf(results);
    }
}
