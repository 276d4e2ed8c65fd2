package org.flurm.controller.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.auth.AuthenticationException;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.MungeException;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.FrameReader;
import org.flurm.protocol.frame.Header;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.pack.DecodeException;

/**
 * Sends slurmctld's requests to a node daemon: one connection per request, the request
 * signed for SlurmdUser alone (as slurmctld restricts its credentials), and the signed reply
 * read back and checked to come from SlurmdUser or root.
 *
 * <p>Calls block (MUNGE and the socket); callers run them on their own threads.
 */
public final class SlurmdClient {

    private static final int PROTOCOL_VERSION = 0x2600;

    private final MessageAuthenticator authenticator;
    private final int slurmdUid;
    private final int timeoutMs;
    private final FrameCodec codec = new FrameCodec();

    /**
     * @param authenticator  signs requests and checks replies
     * @param slurmdUid      SlurmdUser's uid: the only uid that may read the requests
     * @param timeoutMs      connect and read timeout (MessageTimeout)
     */
    public SlurmdClient(MessageAuthenticator authenticator, int slurmdUid, int timeoutMs) {
        this.authenticator = authenticator;
        this.slurmdUid = slurmdUid;
        this.timeoutMs = timeoutMs;
    }

    /**
     * Sends {@code body} as {@code type} to {@code host:port} and returns the decoded reply.
     *
     * @throws IOException when the node cannot be reached or its reply is not proven
     */
    public MessageBody call(String host, int port, MessageType type, MessageBody body)
            throws IOException {
        final byte[] packed = MessageCodecs.encode(type.id(), body, PROTOCOL_VERSION);
        final String credential;
        try {
            credential = authenticator.sign(type.id(), packed, slurmdUid);
        } catch (MungeException e) {
            throw new IOException("MUNGE signing failed: " + e.getMessage(), e);
        }
        final byte[] frame = codec.encode(new Frame(
                Header.of(PROTOCOL_VERSION, 0, type.id(), packed.length),
                AuthSection.munge(credential), packed));

        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            final OutputStream out = socket.getOutputStream();
            out.write(frame);
            out.flush();
            final InputStream in = socket.getInputStream();
            final Frame reply = new FrameReader(codec).readFrame(in);
            final AuthenticatedIdentity from = authenticator.verify(reply.auth().pluginId(),
                    reply.header().version(), reply.header().msgType(), reply.body(), 0,
                    reply.body().length, reply.auth().credential());
            if (from.uid() != slurmdUid && from.uid() != 0) {
                throw new IOException("reply signed by uid " + from.uid()
                        + ", not SlurmdUser");
            }
            return reply.decodeBody();
        } catch (DecodeException e) {
            throw new IOException("unreadable reply: " + e.getMessage(), e);
        } catch (AuthenticationException e) {
            throw new IOException("reply not authenticated: " + e.getMessage(), e);
        }
    }
}
