package org.flurm.protocol.message.common;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_SLURM_RC_MSG (8002): a return code with text for the user. SLURM's clients treat it
 * as RESPONSE_SLURM_RC and print the text as error lines, which makes it the way to explain a
 * rejection in words of FLURM's own.
 *
 * @param returnCode  0 for success, else a {@link SlurmErrno} code
 * @param errMsg      the text to show, or null
 */
public record SlurmRcMsg(int returnCode, String errMsg) implements MessageBody {
}
