package org.flurm.protocol.dbd;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;

/**
 * One frame of a persistent (slurmdbd) connection: {@code u32 length, u16 msg_type, body},
 * with no header and no credential (wire doc §2.1). The first frame's body is an ordinary
 * SLURM message; see {@link PersistInitCodec}.
 */
public record DbdFrame(int msgType, byte[] body) {

    /** SLURM refuses persistent frames above 1 GiB; FLURM caps them lower by default. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

    public DbdFrame {
        Objects.requireNonNull(body, "body");
    }

    /**
     * Reads one frame; the length is checked before anything is allocated.
     *
     * @throws EOFException    when the stream ends, also before the first byte
     * @throws DecodeException when the length is below 2 or above {@code maxBytes}
     */
    public static DbdFrame read(InputStream in, int maxBytes) throws IOException,
            DecodeException {
        final byte[] prefix = in.readNBytes(4);
        if (prefix.length < 4) {
            throw new EOFException(prefix.length == 0 ? "connection closed"
                    : "connection closed inside a length prefix");
        }
        final long length = ((prefix[0] & 0xFFL) << 24) | ((prefix[1] & 0xFF) << 16)
                | ((prefix[2] & 0xFF) << 8) | (prefix[3] & 0xFF);
        if (length < 2) {
            throw new DecodeException(Kind.INVALID, "frame of " + length + " bytes has no type");
        }
        if (length > maxBytes) {
            throw new DecodeException(Kind.OVERSIZE, "frame of " + length + " bytes exceeds "
                    + maxBytes);
        }
        final byte[] message = in.readNBytes((int) length);
        if (message.length < length) {
            throw new EOFException("connection closed after " + message.length + " of "
                    + length + " frame bytes");
        }
        final int type = ((message[0] & 0xFF) << 8) | (message[1] & 0xFF);
        return new DbdFrame(type, java.util.Arrays.copyOfRange(message, 2, message.length));
    }

    /** The frame's bytes, length prefix included. */
    public byte[] encode() {
        final int length = body.length + 2;
        final byte[] bytes = new byte[length + 4];
        bytes[0] = (byte) (length >>> 24);
        bytes[1] = (byte) (length >>> 16);
        bytes[2] = (byte) (length >>> 8);
        bytes[3] = (byte) length;
        bytes[4] = (byte) (msgType >>> 8);
        bytes[5] = (byte) msgType;
        System.arraycopy(body, 0, bytes, 6, body.length);
        return bytes;
    }

    /** Writes the frame with one write, so it leaves in one segment when it fits. */
    public void write(OutputStream out) throws IOException {
        out.write(encode());
        out.flush();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DbdFrame f && f.msgType == msgType
                && java.util.Arrays.equals(f.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * msgType + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "DbdFrame[" + DbdMessageType.nameOf(msgType) + ", " + body.length + " bytes]";
    }
}
