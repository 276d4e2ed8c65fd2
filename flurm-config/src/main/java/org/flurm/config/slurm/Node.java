package org.flurm.config.slurm;

import java.util.List;
import java.util.Optional;

/**
 * One node of the cluster, expanded from a NodeName line: its name, the host it runs on,
 * the address and port its node daemon listens on, and its hardware as configured.
 */
public record Node(
        String name,
        String hostname,
        String address,
        Optional<String> bcastAddress,
        int port,
        int cpus,
        int boards,
        int sockets,
        int coresPerSocket,
        int threadsPerCore,
        long realMemory,
        long tmpDisk,
        long weight,
        List<String> features,
        Optional<String> gres,
        String state,
        Optional<String> reason,
        NodeDefinition definition) {
}
