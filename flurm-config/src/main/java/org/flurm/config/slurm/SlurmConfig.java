package org.flurm.config.slurm;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A slurm.conf that SLURM 22.05's clients accept: the settings FLURM acts on, typed and with
 * SLURM's defaults, every key as given (in {@link #settings()}, so {@code scontrol show
 * config} can print the true configuration), and the node, node set, partition and DownNodes
 * lines. {@link #validateForController()} adds what slurmctld refuses on top.
 *
 * <p>Numbers keep SLURM's markers: {@link #INFINITE} means no limit, {@link #NO_VAL} not set.
 */
public record SlurmConfig(
        Path file,
        String clusterName,
        List<ControllerHost> controllers,
        PortRange slurmctldPort,
        int slurmdPort,
        String slurmUser,
        String slurmdUser,
        String authType,
        Optional<String> authInfo,
        int messageTimeout,
        int slurmdTimeout,
        int returnToService,
        long firstJobId,
        long maxJobId,
        long maxJobCount,
        int killWait,
        long minJobAge,
        String stateSaveLocation,
        String enforcePartLimits,
        Optional<String> privateData,
        Map<String, Setting> settings,
        List<NodeDefinition> nodes,
        List<NodeSetDefinition> nodeSets,
        List<PartitionDefinition> partitions,
        List<DownNodesDefinition> downNodes,
        List<ConfigProblem> warnings) {

    /** SLURM's INFINITE for 32-bit values: no limit. */
    public static final long INFINITE = SlurmValues.INFINITE;
    /** SLURM's NO_VAL for 32-bit values: not set. */
    public static final long NO_VAL = SlurmValues.NO_VAL;

    public SlurmConfig {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The value given for main-file key {@code key} (any case), if it was given. */
    public Optional<String> value(String key) {
        return SlurmConfKeys.MAIN.find(key)
                .map(spec -> settings.get(spec.name()))
                .map(Setting::value);
    }

    /** The partition named {@code name}, if there is one. */
    public Optional<PartitionDefinition> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * What slurmctld refuses on top of the clients: node lines whose names, addresses, host
     * names or ports do not expand or do not match in number, unknown node states, partitions
     * naming nodes that are neither nodes nor NodeSets, a file without partitions, and a
     * FastSchedule value other than 1.
     * Returns the expanded layout when none applies.
     */
    public ClusterLayout validateForController() throws ConfigException {
        return new ControllerCheck(this).run();
    }
}
