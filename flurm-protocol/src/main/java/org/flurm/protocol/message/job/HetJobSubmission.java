package org.flurm.protocol.message.job;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_SUBMIT_BATCH_HET_JOB (4028): the components of a heterogeneous batch job, one
 * {@link JobDescriptor} each, in the order sbatch lists them (component 0 first).
 */
public record HetJobSubmission(List<JobDescriptor> components) implements MessageBody {

    public HetJobSubmission {
        components = List.copyOf(components);
    }
}
