package org.flurm.protocol.message.config;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_FED_INFO (2050): the federation this cluster belongs to, asked for by squeue -u,
 * scontrol show job and scancel --name before their real request.
 *
 * @param federation null when the cluster is in no federation, which is what slurmctld answers
 *                   without one (a body of a single zero byte)
 */
public record FederationInfo(Federation federation) implements MessageBody {

    /** The answer of a cluster outside any federation. */
    public static FederationInfo none() {
        return new FederationInfo(null);
    }

    /**
     * A federation record ({@code slurmdb_federation_rec_t}).
     *
     * <p>LIMIT: member cluster records are not modelled, so only a federation whose cluster
     * list is NULL or empty can be read or written; FLURM never joins a federation.
     *
     * @param nullClusterList true when the cluster list travels as NULL (count NO_VAL), false
     *                        for an empty list (count 0)
     */
    public record Federation(String name, int flags, boolean nullClusterList) {
    }
}
