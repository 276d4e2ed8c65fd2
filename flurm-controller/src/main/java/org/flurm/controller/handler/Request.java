package org.flurm.controller.handler;

import java.net.InetAddress;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.protocol.frame.Header;
import org.flurm.protocol.message.MessageBody;

/**
 * One authenticated, decoded request.
 *
 * @param identity  who sent it, as MUNGE vouched
 * @param header    its header
 * @param body      its decoded body
 * @param peer      the remote address and port, for logs
 * @param address   the remote address
 */
public record Request(AuthenticatedIdentity identity, Header header, MessageBody body,
                      String peer, InetAddress address) {

    public int uid() {
        return identity.uid();
    }
}
