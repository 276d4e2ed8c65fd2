package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_INFO (2003): squeue's and {@code scontrol show job}'s "send me the jobs".
 *
 * @param lastUpdate the snapshot time the client already has; 0 asks for a full answer
 * @param showFlags {@link ShowFlags} bits
 * @param jobIds the jobs asked for, or null for all of them (NO_VAL on the wire, what every
 *               stock CLI sends); an empty list is a request for no job at all
 */
public record JobInfoRequest(long lastUpdate, int showFlags, List<Integer> jobIds)
        implements MessageBody {

    public JobInfoRequest {
        jobIds = jobIds == null ? null : List.copyOf(jobIds);
    }
}
