package org.flurm.protocol.dbd;

/** DBD_REGISTER_CTLD: slurmctld announces itself and the port it listens on. */
public record RegisterCtld(int dimensions, int flags, int pluginIdSelect, int port) {
}
