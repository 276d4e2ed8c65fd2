package org.flurm.protocol.message.job;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.pack.Sentinels;

/**
 * RESPONSE_SUBMIT_BATCH_JOB (4004): the id the controller gave a new batch job.
 *
 * @param jobId            the new job's id
 * @param stepId           always {@link Sentinels#SLURM_BATCH_SCRIPT}
 * @param errorCode        a condition that did not stop the submission, e.g. 2042
 *                         ESLURM_JOB_HELD for {@code --hold}; sbatch ignores it
 * @param jobSubmitUserMsg text a job_submit plugin wants the user to see; sbatch prints it
 *                         unless null
 */
public record SubmitBatchJobResponse(int jobId, int stepId, int errorCode,
                                     String jobSubmitUserMsg) implements MessageBody {

    /** The reply for a job accepted without remarks. */
    public static SubmitBatchJobResponse accepted(int jobId) {
        return new SubmitBatchJobResponse(jobId, Sentinels.SLURM_BATCH_SCRIPT, 0, null);
    }
}
