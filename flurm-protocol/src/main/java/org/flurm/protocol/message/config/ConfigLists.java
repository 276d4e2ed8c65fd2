package org.flurm.protocol.message.config;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The list encodings of the configuration reply: key pairs, plugin parameters, job defaults.
 *
 * <p>Each starts with a u32 count where NO_VAL stands for a NULL list; a Java null list is that
 * NULL list and an empty Java list is count 0, so both survive a round trip.
 */
final class ConfigLists {

    private ConfigLists() {
    }

    /** pack_key_pair_list: count, then (str name, str value) per pair. */
    static List<ConfigKeyPair> readKeyPairs(Unpacker in) throws DecodeException {
        final int count = in.listCount("key pairs", 8);
        if (count < 0) {
            return null;
        }
        final List<ConfigKeyPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pairs.add(new ConfigKeyPair(in.str(), in.str()));
        }
        return pairs;
    }

    static void writeKeyPairs(Packer out, List<ConfigKeyPair> pairs) {
        out.listCount(pairs == null ? -1 : pairs.size());
        if (pairs != null) {
            for (ConfigKeyPair pair : pairs) {
                out.str(pair.name()).str(pair.value());
            }
        }
    }

    /** pack_config_plugin_params_list: count, then (str name, key pairs) per plugin. */
    static List<PluginParams> readPluginParams(Unpacker in) throws DecodeException {
        final int count = in.listCount("plugin parameters", 8);
        if (count < 0) {
            return null;
        }
        final List<PluginParams> params = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            params.add(new PluginParams(in.str(), readKeyPairs(in)));
        }
        return params;
    }

    static void writePluginParams(Packer out, List<PluginParams> params) {
        out.listCount(params == null ? -1 : params.size());
        if (params != null) {
            for (PluginParams plugin : params) {
                out.str(plugin.name());
                writeKeyPairs(out, plugin.pairs());
            }
        }
    }
}
