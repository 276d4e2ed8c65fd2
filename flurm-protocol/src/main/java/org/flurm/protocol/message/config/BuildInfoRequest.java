package org.flurm.protocol.message.config;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_BUILD_INFO (2001), {@code scontrol show config}: send the configuration if it
 * changed after {@code lastUpdate} (0 = always; otherwise slurmctld may answer rc 1900).
 */
public record BuildInfoRequest(long lastUpdate) implements MessageBody {
}
