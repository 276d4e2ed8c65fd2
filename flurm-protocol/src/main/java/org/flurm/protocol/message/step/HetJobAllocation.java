package org.flurm.protocol.message.step;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_HET_JOB_ALLOCATION (4026): one allocation per component of a heterogeneous job, or
 * a single one for an ordinary job (what srun inside a batch job asks for and gets).
 */
public record HetJobAllocation(List<ResourceAllocation> components) implements MessageBody {

    public HetJobAllocation {
        components = List.copyOf(components);
    }
}
