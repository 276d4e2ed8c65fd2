package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_PING_SLURMD (1016): slurmd's answer to slurmctld's REQUEST_PING, with its load.
 *
 * @param cpuLoad load average times 100
 * @param freeMem free memory, MB
 */
public record PingSlurmdResponse(int cpuLoad, long freeMem) implements MessageBody {
}
