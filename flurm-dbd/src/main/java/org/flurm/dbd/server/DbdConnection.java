package org.flurm.dbd.server;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.sql.SQLException;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.auth.AuthenticationException;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.dbd.storage.AccountingSession;
import org.flurm.dbd.storage.Storage;
import org.flurm.protocol.dbd.DbdCodec;
import org.flurm.protocol.dbd.DbdFrame;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.Fini;
import org.flurm.protocol.dbd.PersistInit;
import org.flurm.protocol.dbd.PersistInitCodec;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One persistent connection (wire doc §2): the init frame authenticates it with MUNGE, then
 * each request gets exactly one reply, in order, as the uid from that credential, until
 * DBD_FINI with close_conn or an access denial ends it.
 */
final class DbdConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DbdConnection.class);

    static final int SLURM_ERROR = -1;
    static final int EINVAL = 22;
    static final int SLURM_PROTOCOL_VERSION_ERROR = 1005;
    static final int ESLURM_ACCESS_DENIED = 2002;
    static final int PROTOCOL_22_05 = 0x2600;

    private final Socket socket;
    private final Storage storage;
    private final MessageAuthenticator authenticator;
    private final String slurmUser;
    private final Passwd passwd;
    private final ControllerNotifier notifier;

    DbdConnection(Socket socket, Storage storage, MessageAuthenticator authenticator,
                  String slurmUser, Passwd passwd, ControllerNotifier notifier) {
        this.notifier = notifier;
        this.socket = socket;
        this.storage = storage;
        this.authenticator = authenticator;
        this.slurmUser = slurmUser;
        this.passwd = passwd;
    }

    @Override
    public void run() {
        final String peer = socket.getInetAddress().getHostAddress();
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            final PersistInit init = accept(in, out, peer);
            if (init == null) {
                return;
            }
            final int uid = verifiedUid(init, out, peer);
            if (uid < 0) {
                return;
            }
            final String name = passwd.name(uid);
            final Caller caller = new Caller(uid, name, uid == 0 || name.equals(slurmUser));
            LOG.debug("dbd: connection from {} uid={} user={} cluster={}", peer, uid, name,
                    init.clusterName());
            RequestHandler.rc(0, null, PROTOCOL_22_05).write(out);
            try (AccountingSession session = storage.session()) {
                serve(in, out, new RequestHandler(session, caller, init.clusterName(), peer,
                        passwd, notifier), session, caller);
            }
        } catch (EOFException e) {
            LOG.debug("dbd: {} closed the connection", peer);
        } catch (IOException | SQLException | DecodeException e) {
            LOG.warn("dbd: connection from {} ended: {}", peer, e.getMessage());
        }
    }

    /** Reads the first frame; answers and returns null when it is not a usable init. */
    private PersistInit accept(InputStream in, OutputStream out, String peer)
            throws IOException, DecodeException {
        final DbdFrame first = DbdFrame.read(in, DbdFrame.DEFAULT_MAX_BYTES);
        if (first.msgType() != DbdMessageType.REQUEST_PERSIST_INIT) {
            RequestHandler.rc(EINVAL, "Initial RPC not REQUEST_PERSIST_INIT",
                    DbdMessageType.REQUEST_PERSIST_INIT).write(out);
            return null;
        }
        final PersistInit init;
        try {
            init = PersistInitCodec.decode(first.body());
        } catch (DecodeException e) {
            LOG.warn("dbd: unreadable init from {}: {}", peer, e.getMessage());
            RequestHandler.rc(SLURM_ERROR, "Failed to unpack SLURM_PERSIST_INIT message",
                    DbdMessageType.REQUEST_PERSIST_INIT).write(out);
            return null;
        }
        if (init.version() != PROTOCOL_22_05) {
            LOG.warn("dbd: {} asked for protocol 0x{}; only 22.05 (0x2600) is spoken", peer,
                    Integer.toHexString(init.version()));
            RequestHandler.rc(SLURM_PROTOCOL_VERSION_ERROR, "Protocol version 0x"
                    + Integer.toHexString(init.version()) + " is not supported",
                    DbdMessageType.REQUEST_PERSIST_INIT).write(out);
            return null;
        }
        return init;
    }

    /** The uid MUNGE vouches for, or -1 after refusing the connection. */
    private int verifiedUid(PersistInit init, OutputStream out, String peer) throws IOException {
        try {
            final AuthenticatedIdentity id = authenticator.verify(
                    MessageAuthenticator.AUTH_PLUGIN_MUNGE, init.headerVersion(),
                    DbdMessageType.REQUEST_PERSIST_INIT, init.body(), 0, init.body().length,
                    init.credential());
            return id.uid();
        } catch (AuthenticationException e) {
            LOG.warn("dbd: authentication of {} failed: {}", peer, e.getMessage());
            RequestHandler.rc(ESLURM_ACCESS_DENIED, "Authentication failure",
                    DbdMessageType.REQUEST_PERSIST_INIT).write(out);
            return -1;
        }
    }

    private void serve(InputStream in, OutputStream out, RequestHandler handler,
                       AccountingSession session, Caller caller) throws IOException,
            SQLException, DecodeException {
        while (true) {
            final DbdFrame frame = DbdFrame.read(in, DbdFrame.DEFAULT_MAX_BYTES);
            final int type = frame.msgType();
            final String name = DbdMessageType.nameOf(type);

            if (type == DbdMessageType.REQUEST_PERSIST_INIT) {
                RequestHandler.rc(EINVAL, "REQUEST_PERSIST_INIT sent after connection"
                        + " established", type).write(out);
                continue;
            }
            final Object request;
            try {
                request = DbdCodec.decode(type, frame.body());
            } catch (DecodeException e) {
                LOG.warn("dbd: user={} sent {} that cannot be read: {}", caller.name(), name,
                        e.getMessage());
                RequestHandler.rc(SLURM_ERROR, "Failed to unpack " + name + " message", type)
                        .write(out);
                continue;
            }

            if (request instanceof Fini fini) {
                if (fini.commit() != 0) {
                    session.commit();
                    handler.committed();
                } else {
                    session.rollback();
                    handler.rolledBack();
                }
                if (fini.closeConn() != 0) {
                    return;
                }
                RequestHandler.rc(0, null, type).write(out);
                continue;
            }

            try {
                handler.handle(type, request).write(out);
            } catch (AccessDenied e) {
                LOG.warn("dbd: denied {} to user={} uid={}: {}", name, caller.name(),
                        caller.uid(), e.getMessage());
                session.rollback();
                handler.rolledBack();
                RequestHandler.rc(ESLURM_ACCESS_DENIED, e.getMessage(), type).write(out);
                return;
            } catch (SQLException e) {
                LOG.error("dbd: {} from user={} failed in storage: {}", name, caller.name(),
                        e.getMessage());
                session.rollback();
                handler.rolledBack();
                RequestHandler.rc(SLURM_ERROR, "Database error: " + e.getMessage(), type)
                        .write(out);
            }
        }
    }
}
