package org.flurm.dbd.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.protocol.dbd.AccountingUpdate;
import org.flurm.protocol.dbd.AccountingUpdateCodec;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.FrameReader;
import org.flurm.protocol.frame.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a registered slurmctld what a commit changed: one ACCOUNTING_UPDATE_MSG RPC per
 * controller, signed with the daemon's MUNGE credential and the SLURM_GLOBAL_AUTH_KEY flag
 * as slurmdbd sends it (wire doc §6). Sent from a virtual thread so the client's reply is not
 * held up; a controller that cannot be reached is logged and skipped.
 */
final class ControllerNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerNotifier.class);
    private static final int TIMEOUT_MS = 10_000;

    private final MessageAuthenticator authenticator;
    private final FrameCodec codec = new FrameCodec();

    ControllerNotifier(MessageAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    void send(String cluster, InetSocketAddress controller, List<AccountingUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("dbd-update-" + cluster).start(() -> {
            try {
                deliver(controller, updates);
                LOG.debug("dbd: sent {} update objects to cluster={} at {}", updates.size(),
                        cluster, controller);
            } catch (IOException | RuntimeException | org.flurm.auth.munge.MungeException
                     | org.flurm.protocol.pack.DecodeException e) {
                LOG.warn("dbd: could not tell cluster={} at {} about changes: {}", cluster,
                        controller, e.getMessage());
            }
        });
    }

    private void deliver(InetSocketAddress controller, List<AccountingUpdate> updates)
            throws IOException, org.flurm.auth.munge.MungeException,
            org.flurm.protocol.pack.DecodeException {
        final byte[] body = AccountingUpdateCodec.encode(updates);
        final String credential = authenticator.sign(AccountingUpdate.ACCOUNTING_UPDATE_MSG,
                body, Munge.ANY_UID);
        final Frame frame = new Frame(Header.of(MessageAuthenticator.SLURM_22_05_PROTOCOL_VERSION,
                Header.SLURM_GLOBAL_AUTH_KEY, AccountingUpdate.ACCOUNTING_UPDATE_MSG,
                body.length), AuthSection.munge(credential), body);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(controller.getHostString(),
                    controller.getPort()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(codec.encode(frame));
            socket.getOutputStream().flush();
            // slurmctld answers RESPONSE_SLURM_RC before it applies the update
            new FrameReader(codec).readMessage(new BufferedInputStream(socket.getInputStream()));
        }
    }
}
