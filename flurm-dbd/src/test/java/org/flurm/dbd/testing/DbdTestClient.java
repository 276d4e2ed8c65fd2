package org.flurm.dbd.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeException;
import org.flurm.protocol.dbd.DbdCodec;
import org.flurm.protocol.dbd.DbdFrame;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.PersistInit;
import org.flurm.protocol.dbd.PersistInitCodec;
import org.flurm.protocol.pack.DecodeException;

/**
 * The client half of a persistent connection, as slurmctld opens it: a MUNGE-signed init,
 * then one request and one reply at a time. Tests use it to send the controller's job
 * records and malformed frames.
 */
public final class DbdTestClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private DbdTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects and sends an init signed through {@code munge}; returns the init's reply. */
    public static DbdTestClient connect(int port, Munge munge, String cluster)
            throws IOException, MungeException {
        final DbdTestClient client = new DbdTestClient(new Socket("127.0.0.1", port));
        final byte[] body = PersistInitCodec.body(0x2600, cluster,
                PersistInit.PERSIST_TYPE_DBD, 0);
        final String credential = new MessageAuthenticator(munge, HashPolicy.DEFAULT)
                .sign(DbdMessageType.REQUEST_PERSIST_INIT, body, Munge.ANY_UID);
        client.send(new DbdFrame(DbdMessageType.REQUEST_PERSIST_INIT,
                PersistInitCodec.encode(PersistInitCodec.CLIENT_FLAGS, credential, body)));
        return client;
    }

    public void send(DbdFrame frame) throws IOException {
        frame.write(out);
    }

    public DbdFrame receive() throws IOException, DecodeException {
        return DbdFrame.read(in, DbdFrame.DEFAULT_MAX_BYTES);
    }

    /** The decoded reply of the frame that comes next. */
    public Object receiveMessage() throws IOException, DecodeException {
        final DbdFrame reply = receive();
        return DbdCodec.decode(reply.msgType(), reply.body());
    }

    /** Sends a request and returns its decoded reply. */
    public Object call(int type, Object request) throws IOException, DecodeException {
        send(DbdCodec.frame(type, request));
        return receiveMessage();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
