package org.flurm.controller.handler;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.protocol.frame.Header;
import org.flurm.protocol.message.MessageBody;

/**
 * One authenticated, decoded request.
 *
 * @param identity  who sent it, as MUNGE vouched
 * @param header    its header
 * @param body      its decoded body
 * @param peer      the remote address, for logs
 */
public record Request(AuthenticatedIdentity identity, Header header, MessageBody body,
                      String peer) {

    public int uid() {
        return identity.uid();
    }
}
