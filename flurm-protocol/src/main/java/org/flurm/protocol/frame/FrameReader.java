package org.flurm.protocol.frame;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.flurm.protocol.pack.DecodeException;

/**
 * Reads one length-prefixed SLURM message from a blocking stream, as a server does once per
 * accepted connection.
 *
 * <p>The length prefix is checked against the codec's cap before any of the message is read,
 * and the message buffer grows only as bytes actually arrive, so a peer that announces a large
 * message and then stalls costs little. How long a read may block is the socket's business:
 * set {@link java.net.Socket#setSoTimeout} (SLURM's clients wait {@code MessageTimeout}).
 */
public final class FrameReader {

    private final FrameCodec codec;

    public FrameReader(FrameCodec codec) {
        this.codec = codec;
    }

    /**
     * Reads the bytes of one message, without its length prefix.
     *
     * @throws EOFException     when the stream ends before the message is complete (also when
     *                          it ends before the first byte: the peer sent nothing)
     * @throws DecodeException  ({@code OVERSIZE}) when the prefix exceeds the cap; nothing past
     *                          the prefix has been read then
     */
    public byte[] readMessage(InputStream in) throws IOException, DecodeException {
        final byte[] prefix = in.readNBytes(4);
        if (prefix.length == 0) {
            throw new EOFException("connection closed before a message arrived");
        }
        if (prefix.length < 4) {
            throw new EOFException("connection closed inside a length prefix");
        }
        final int announced = ((prefix[0] & 0xFF) << 24) | ((prefix[1] & 0xFF) << 16)
                | ((prefix[2] & 0xFF) << 8) | (prefix[3] & 0xFF);
        final int length = codec.checkLength(announced);

        // readNBytes collects the input in small chunks: memory follows what really arrives
        final byte[] message = in.readNBytes(length);
        if (message.length < length) {
            throw new EOFException("connection closed after " + message.length + " of "
                    + length + " message bytes");
        }
        return message;
    }

    /** Reads and decodes one message (see {@link #readMessage} and {@link FrameCodec#decode}). */
    public Frame readFrame(InputStream in) throws IOException, DecodeException {
        return codec.decode(readMessage(in));
    }
}
