package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_JOB_USER_INFO (2039): the jobs of one user ({@code squeue -u} with a single user).
 *
 * @param showFlags {@link ShowFlags} bits
 */
public record JobUserInfoRequest(int userId, int showFlags) implements MessageBody {
}
