package org.flurm.protocol.dbd;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Reads and writes REQUEST_PERSIST_INIT, the only persistent frame with an ordinary SLURM
 * header and auth section (wire doc §2.2): with SLURMDBD_CONNECTION in the header flags the
 * frame's u16 type comes first, then the header, the MUNGE credential and the body.
 */
public final class PersistInitCodec {

    /** Header flags the clients send: SLURM_GLOBAL_AUTH_KEY | SLURMDBD_CONNECTION. */
    public static final int CLIENT_FLAGS = 0x0003;

    private static final int AUTH_MUNGE = 101;
    private static final int AF_INET = 2;

    private PersistInitCodec() {
    }

    /**
     * Decodes the frame body of a 6500 frame (what follows the frame's u16 type).
     * Headers of 0x2400..0x2600 are read; 21.08 and 20.11 have a spare u16 after the flags.
     */
    public static PersistInit decode(byte[] frameBody) throws DecodeException {
        final Unpacker in = new Unpacker(frameBody);
        final int version = in.u16();
        if (version < 0x2400 || version > 0x2600) {
            throw new DecodeException(Kind.UNSUPPORTED, "header version 0x"
                    + Integer.toHexString(version));
        }
        final int flags = in.u16();
        if (version < 0x2600) {
            in.u16();
        }
        final int msgType = in.u16();
        if (msgType != DbdMessageType.REQUEST_PERSIST_INIT) {
            throw new DecodeException(Kind.INVALID, "header type " + msgType + " in a "
                    + "REQUEST_PERSIST_INIT frame");
        }
        final long bodyLength = Integer.toUnsignedLong(in.u32());
        skipForwardReturnsAddress(in);

        final int plugin = in.u32();
        if (plugin != AUTH_MUNGE) {
            throw new DecodeException(Kind.UNSUPPORTED, "auth plugin " + plugin);
        }
        final String credential = in.str();
        if (bodyLength != in.remaining()) {
            throw new DecodeException(Kind.INVALID, "body_length " + bodyLength + " but "
                    + in.remaining() + " bytes follow");
        }
        final byte[] body = in.raw((int) bodyLength);

        final Unpacker b = new Unpacker(body);
        final PersistInit init = new PersistInit(version, flags, credential, b.u16(), b.str(),
                b.u16(), b.u16(), body);
        b.expectEnd("REQUEST_PERSIST_INIT");
        return init;
    }

    private static void skipForwardReturnsAddress(Unpacker in) throws DecodeException {
        if (in.u16() > 0) {
            in.str();
            in.u32();
            in.u16();
        }
        if (in.u16() > 0) {
            throw new DecodeException(Kind.INVALID, "REQUEST_PERSIST_INIT with returns");
        }
        final int family = in.u16();
        if (family == AF_INET) {
            in.u32();
            in.u16();
        } else if (family != 0) {
            throw new DecodeException(Kind.UNSUPPORTED, "orig_addr family " + family);
        }
    }

    /** The body a client sends: version, cluster name, persist type, port. */
    public static byte[] body(int version, String clusterName, int persistType, int port) {
        return new Packer().u16(version).str(clusterName).u16(persistType).u16(port)
                .toByteArray();
    }

    /** The frame body of a 22.05 init (header, auth section, body), as the clients write it. */
    public static byte[] encode(int flags, String credential, byte[] body) {
        return new Packer().u16(0x2600).u16(flags).u16(DbdMessageType.REQUEST_PERSIST_INIT)
                .u32(body.length).u16(0).u16(0).u16(0).u32(AUTH_MUNGE).str(credential)
                .raw(body).toByteArray();
    }
}
