package org.flurm.protocol.message.config;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The list encodings of the configuration reply: key pairs and plugin parameters.
 *
 * <p>Each starts with a u32 count where NO_VAL stands for a NULL list; a Java null list is that
 * NULL list and an empty Java list is count 0, so both survive a round trip.
 */
final class ConfigLists {

    private ConfigLists() {
    }

    /** pack_key_pair_list: count, then (str name, str value) per pair. */
    static List<ConfigKeyPair> readKeyPairs(Unpacker in) throws DecodeException {
        return in.list("key pairs", 8, pair -> new ConfigKeyPair(pair.str(), pair.str()));
    }

    static void writeKeyPairs(Packer out, List<ConfigKeyPair> pairs) {
        out.list(pairs, (o, pair) -> o.str(pair.name()).str(pair.value()));
    }

    /** pack_config_plugin_params_list: count, then (str name, key pairs) per plugin. */
    static List<PluginParams> readPluginParams(Unpacker in) throws DecodeException {
        return in.list("plugin parameters", 8,
                plugin -> new PluginParams(plugin.str(), readKeyPairs(plugin)));
    }

    static void writePluginParams(Packer out, List<PluginParams> params) {
        out.list(params, (o, plugin) -> writeKeyPairs(o.str(plugin.name()), plugin.pairs()));
    }
}
