package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_NODE_REGISTRATION (1024): slurmctld's answer to a registration that asked for one,
 * telling slurmd the cluster's TRES (so it can report usage by TRES id) and its node name.
 *
 * @param tres null travels as SLURM's NULL list (count NO_VAL)
 */
public record NodeRegistrationResponse(List<TresRecord> tres, String nodeName)
        implements MessageBody {

    public NodeRegistrationResponse {
        tres = tres == null ? null : List.copyOf(tres);
    }
}
