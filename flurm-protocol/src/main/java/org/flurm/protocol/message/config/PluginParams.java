package org.flurm.protocol.message.config;

import java.util.List;

/**
 * The parameters of one plugin (node features, slurmctld plugstack): its name and its key pairs.
 *
 * @param pairs null travels as SLURM's NULL list (count NO_VAL), an empty list as count 0
 */
public record PluginParams(String name, List<ConfigKeyPair> pairs) {

    public PluginParams {
        pairs = pairs == null ? null : List.copyOf(pairs);
    }
}
