package org.flurm.node.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.auth.AuthenticationException;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeException;
import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.FrameReader;
import org.flurm.protocol.frame.Header;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;

/**
 * Reads, verifies, writes and signs whole SLURM messages on a socket: the node daemon's one
 * place for framing and MUNGE. Every message read is verified (credential and body hash)
 * before its body is decoded; every message written is signed for its exact body.
 */
public final class Messenger {

    /** One message as received: the frame, its decoded body and who vouched for it. */
    public record Received(Frame frame, MessageBody body, AuthenticatedIdentity sender) {

        public int msgType() {
            return frame.header().msgType();
        }
    }

    private final FrameCodec codec = new FrameCodec();
    private final FrameReader reader = new FrameReader(codec);
    private final MessageAuthenticator authenticator;

    public Messenger(MessageAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * Reads one message and verifies it.
     *
     * @throws AuthenticationException when the credential or hash does not verify
     * @throws DecodeException         when the frame or body is malformed or unknown
     */
    public Received read(InputStream in) throws IOException, DecodeException,
            AuthenticationException {
        final Frame frame = reader.readFrame(in);
        final AuthSection auth = frame.auth();
        final AuthenticatedIdentity sender = authenticator.verify(auth.pluginId(),
                frame.header().version(), frame.header().msgType(), frame.body(), 0,
                frame.body().length, auth.credential());
        return new Received(frame, frame.decodeBody(), sender);
    }

    /** Writes the reply to {@code request}, in its version, readable only by its sender. */
    public void reply(OutputStream out, Received request, int msgType, MessageBody body)
            throws IOException {
        final Header header = request.frame().header();
        final byte[] packed = MessageCodecs.encode(msgType, body, header.version());
        final String credential = sign(msgType, packed, request.sender().uid());
        out.write(codec.encodeReply(header, msgType, packed, credential));
        out.flush();
    }

    /**
     * Writes a request of this daemon's own in the 22.05 layout.
     *
     * @param restrictToUid the only uid that may decode it (slurmd restricts its messages to
     *                      slurmctld to SlurmUser), or {@link Munge#ANY_UID}
     */
    public void send(OutputStream out, int msgType, MessageBody body, int restrictToUid)
            throws IOException {
        final int version = ProtocolVersion.SLURM_22_05;
        final byte[] packed = MessageCodecs.encode(msgType, body, version);
        final String credential = sign(msgType, packed, restrictToUid);
        final Header header = Header.of(version, 0, msgType, packed.length);
        out.write(codec.encode(new Frame(header, AuthSection.munge(credential), packed)));
        out.flush();
    }

    /** Sends a request on a fresh connection and reads the one reply. */
    public Received call(Socket socket, int msgType, MessageBody body, int restrictToUid)
            throws IOException, DecodeException, AuthenticationException {
        send(socket.getOutputStream(), msgType, body, restrictToUid);
        return read(socket.getInputStream());
    }

    private String sign(int msgType, byte[] body, int restrictToUid) throws IOException {
        try {
            return authenticator.sign(msgType, body, restrictToUid);
        } catch (MungeException e) {
            throw new IOException("munged refused to sign: " + e.getMessage(), e);
        }
    }
}
