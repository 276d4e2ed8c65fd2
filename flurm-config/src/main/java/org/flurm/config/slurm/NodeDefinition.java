package org.flurm.config.slurm;

import java.util.Optional;

/**
 * One {@code NodeName=} line after NodeName=DEFAULT values are applied and SLURM's rules for
 * missing or contradictory counts are followed (CPUs default to sockets x cores x threads;
 * sockets are inferred from CPUs when they divide evenly, else from Boards). Names, addresses
 * and ports are still hostlist expressions; {@link ControllerCheck} expands them.
 *
 * <p>Memory is in MB, TmpDisk in MB. {@code weight} is capped below SLURM's INFINITE.
 */
public record NodeDefinition(
        String nodeNames,
        String hostnames,
        String addresses,
        Optional<String> bcastAddresses,
        Optional<String> port,
        int cpus,
        int boards,
        int sockets,
        int coresPerSocket,
        int threadsPerCore,
        long realMemory,
        long tmpDisk,
        long weight,
        Optional<String> features,
        Optional<String> gres,
        Optional<String> state,
        Optional<String> reason,
        int coreSpecCount,
        Optional<String> cpuSpecList,
        long memSpecLimit,
        Optional<String> cpuBind,
        Optional<String> tresWeights,
        ConfLine source) {
}
