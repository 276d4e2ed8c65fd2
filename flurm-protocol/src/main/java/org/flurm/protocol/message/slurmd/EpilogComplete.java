package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.MessageBody;

/**
 * MESSAGE_EPILOG_COMPLETE (6012): slurmd tells slurmctld a job's epilog ran on its node, so the
 * node can leave COMPLETING. One-way: slurmctld sends no reply.
 *
 * @param returnCode the epilog's wait status, 0 on success
 */
public record EpilogComplete(int jobId, int returnCode, String nodeName) implements MessageBody {
}
