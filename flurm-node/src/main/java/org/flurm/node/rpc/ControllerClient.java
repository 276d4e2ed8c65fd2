package org.flurm.node.rpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.flurm.auth.AuthenticationException;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node daemon's connections to slurmctld: one TCP connection per message, trying the
 * controllers in slurm.conf's order (primary, then backups) as slurmd does.
 */
public final class ControllerClient {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerClient.class);

    /** One controller's address. */
    public record Controller(String host, int port) {
    }

    private final List<Controller> controllers;
    private final Messenger messenger;
    private final Duration timeout;
    private final int slurmUserUid;

    /** @param slurmUserUid the uid slurmctld runs as, the only one that may read the messages */
    public ControllerClient(List<Controller> controllers, Messenger messenger, Duration timeout,
                            int slurmUserUid) {
        this.controllers = List.copyOf(controllers);
        this.messenger = messenger;
        this.timeout = timeout;
        this.slurmUserUid = slurmUserUid;
    }

    /**
     * Sends a request and returns the reply of the first controller that answers.
     *
     * @throws IOException when no controller could be reached or none replied validly
     */
    public Messenger.Received call(int msgType, MessageBody body) throws IOException {
        IOException last = null;
        for (Controller controller : controllers) {
            try (Socket socket = connect(controller)) {
                return messenger.call(socket, msgType, body, slurmUserUid);
            } catch (IOException e) {
                last = e;
                LOG.debug("controller {}:{} did not take message {}: {}", controller.host(),
                        controller.port(), msgType, e.getMessage());
            } catch (DecodeException | AuthenticationException e) {
                last = new IOException("reply from " + controller.host() + ":"
                        + controller.port() + " rejected: " + e.getMessage(), e);
            }
        }
        throw last != null ? last : new IOException("no controller configured");
    }

    /** Sends a message that gets no reply (e.g. MESSAGE_EPILOG_COMPLETE). */
    public void sendOneWay(int msgType, MessageBody body) throws IOException {
        IOException last = null;
        for (Controller controller : controllers) {
            try (Socket socket = connect(controller)) {
                messenger.send(socket.getOutputStream(), msgType, body, slurmUserUid);
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last != null ? last : new IOException("no controller configured");
    }

    private Socket connect(Controller controller) throws IOException {
        final Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(controller.host(), controller.port()),
                    (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
