package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_BATCH_SCRIPT (2051): {@code scontrol write batch_script}.
 *
 * @param showFlags {@link ShowFlags} bits
 */
public record BatchScriptRequest(int jobId, int showFlags) implements MessageBody {
}
