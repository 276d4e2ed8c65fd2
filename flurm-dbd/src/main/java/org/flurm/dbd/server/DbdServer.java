package org.flurm.dbd.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.flurm.auth.MessageAuthenticator;
import org.flurm.dbd.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket of flurmdbd: one virtual thread per persistent connection, each
 * blocking on its own socket, so a slow client never holds up another.
 */
public final class DbdServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbdServer.class);

    private final ServerSocket listener;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Storage storage;
    private final MessageAuthenticator authenticator;
    private final String slurmUser;
    private final Passwd passwd;
    private final ControllerNotifier notifier;

    public DbdServer(String addr, int port, Storage storage, MessageAuthenticator authenticator,
                     String slurmUser, Passwd passwd) throws IOException {
        this.storage = storage;
        this.authenticator = authenticator;
        this.slurmUser = slurmUser;
        this.passwd = passwd;
        this.notifier = new ControllerNotifier(authenticator);
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(addr == null ? new InetSocketAddress(port)
                : new InetSocketAddress(InetAddress.getByName(addr), port));
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Accepts connections until {@link #close}. */
    public void serve() {
        LOG.info("dbd: listening on port {}", port());
        while (!listener.isClosed()) {
            try {
                final Socket socket = listener.accept();
                connections.submit(new DbdConnection(socket, storage, authenticator, slurmUser,
                        passwd, notifier));
            } catch (SocketException e) {
                if (!listener.isClosed()) {
                    LOG.error("dbd: accept failed: {}", e.getMessage());
                }
            } catch (IOException e) {
                LOG.error("dbd: accept failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        connections.shutdownNow();
    }
}
