package org.flurm.protocol.message.config;

/** One {@code name = value} line of a plugin's configuration, as slurmctld reports it. */
public record ConfigKeyPair(String name, String value) {
}
