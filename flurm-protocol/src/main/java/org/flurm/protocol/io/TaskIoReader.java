package org.flurm.protocol.io;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Unpacker;

/**
 * Reads one task I/O connection: the init message, then I/O messages until the peer closes.
 *
 * <p>The stream is not RPC-framed. The init message is a u32 length and that many bytes (u16
 * version, u32 node id, u32 stdout count, u32 stderr count, packmem key); each I/O message is a
 * 10-byte header (u16 type, u16 global task id, u16 local task id, u32 length) and the data.
 * Every length is bounded before anything is allocated for it.
 *
 * <p>LIMIT: the pre-20.11 init message (version 0xb001, no length prefix, fixed 8-byte key) is
 * refused as unsupported.
 */
public final class TaskIoReader {

    /** The most data slurmstepd or srun put in one I/O message ({@code MAX_MSG_LEN}). */
    public static final int MAX_DATA_BYTES = 1024;
    /** Far more than a 22.05 init message takes (a MUNGE signature of about 500 bytes). */
    public static final int MAX_INIT_BYTES = 16 * 1024;

    static final int HEADER_BYTES = 10;
    /** The old layout's version marker. */
    static final int LEGACY_IO_VERSION = 0xb001;

    private final DataInputStream in;

    public TaskIoReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** Reads the init message that opens the connection. */
    public IoInitMessage readInit() throws IOException, DecodeException {
        final int length = new Unpacker(readFully(4, "init message length")).u32();
        if (length < 0 || length > MAX_INIT_BYTES) {
            throw new DecodeException(Kind.OVERSIZE, "I/O init message of "
                    + Integer.toUnsignedString(length) + " bytes, more than " + MAX_INIT_BYTES);
        }
        return decodeInit(readFully(length, "init message"));
    }

    /** Decodes the init message after its length prefix. */
    static IoInitMessage decodeInit(byte[] body) throws DecodeException {
        final Unpacker unpacker = new Unpacker(body);
        final int version = unpacker.u16();
        if (version == LEGACY_IO_VERSION || !ProtocolVersion.isSupported(version)) {
            throw new DecodeException(Kind.UNSUPPORTED,
                    "I/O init message of version 0x" + Integer.toHexString(version));
        }
        final int nodeId = unpacker.u32();
        final int stdoutObjects = unpacker.u32();
        final int stderrObjects = unpacker.u32();
        final byte[] ioKey = unpacker.mem();
        unpacker.expectEnd("I/O init message");
        return new IoInitMessage(version, nodeId, stdoutObjects, stderrObjects,
                ioKey == null ? new byte[0] : ioKey);
    }

    /** Reads the next I/O message, or returns null if the peer closed between messages. */
    public IoMessage read() throws IOException, DecodeException {
        final byte[] header = readHeaderOrNull();
        if (header == null) {
            return null;
        }
        final Unpacker unpacker = new Unpacker(header);
        final int type = unpacker.u16();
        final int globalTaskId = unpacker.u16();
        final int localTaskId = unpacker.u16();
        final int length = unpacker.u32();
        if (type > IoMessage.CONNECTION_TEST) {
            throw new DecodeException(Kind.INVALID, "I/O message type " + type);
        }
        if (length < 0 || length > MAX_DATA_BYTES) {
            throw new DecodeException(Kind.OVERSIZE, "I/O message of "
                    + Integer.toUnsignedString(length) + " bytes, more than " + MAX_DATA_BYTES);
        }
        return new IoMessage(type, globalTaskId, localTaskId, readFully(length, "I/O data"));
    }

    private byte[] readHeaderOrNull() throws IOException, DecodeException {
        final int first = in.read();
        if (first < 0) {
            return null;
        }
        final byte[] header = new byte[HEADER_BYTES];
        header[0] = (byte) first;
        readInto(header, 1, "I/O message header");
        return header;
    }

    private byte[] readFully(int length, String what) throws IOException, DecodeException {
        final byte[] bytes = new byte[length];
        readInto(bytes, 0, what);
        return bytes;
    }

    private void readInto(byte[] bytes, int from, String what)
            throws IOException, DecodeException {
        try {
            in.readFully(bytes, from, bytes.length - from);
        } catch (EOFException e) {
            throw new DecodeException(Kind.TRUNCATED, "connection closed inside the " + what);
        }
    }
}
