package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_JOB_INFO (2004): the jobs answering a 2003, 2021 or 2039 request.
 *
 * @param lastUpdate the time of the last job change the answer reflects
 * @param lastBackfill when the last backfill cycle ran; 0 if none (sent since 21.08)
 */
public record JobInfoResponse(long lastUpdate, long lastBackfill, List<JobInfo> jobs)
        implements MessageBody {

    public JobInfoResponse {
        jobs = List.copyOf(jobs);
    }
}
