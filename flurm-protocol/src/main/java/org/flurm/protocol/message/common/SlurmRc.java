package org.flurm.protocol.message.common;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_SLURM_RC (8001): the generic reply, a bare return code.
 *
 * @param returnCode  0 for success, else a {@link SlurmErrno} code (a signed int sent as u32)
 */
public record SlurmRc(int returnCode) implements MessageBody {

    /** The reply that says "done". */
    public static SlurmRc success() {
        return new SlurmRc(SlurmErrno.SLURM_SUCCESS.code());
    }

    /** The reply that carries an error. */
    public static SlurmRc of(SlurmErrno errno) {
        return new SlurmRc(errno.code());
    }
}
