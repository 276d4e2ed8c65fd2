package org.flurm.protocol.frame;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Reads and writes whole SLURM messages: the u32 length prefix, the header
 * ({@code pack_header}), the auth section ({@code auth_g_pack}) and the body bytes.
 *
 * <p>Reading is strict where Debian's patched 22.05 is strict: the body must fill the message
 * exactly. Every length is checked against the bytes present before anything is allocated, and
 * the message as a whole against {@link #maxMessageBytes()}.
 *
 * <p>Thread-safe: it holds nothing but the size cap.
 */
public final class FrameCodec {

    /**
     * The default cap on a message (the bytes after the length prefix).
     *
     * <p>SLURM's own cap ({@code MAX_MSG_SIZE}) is 1 GiB, sized for a controller's replies about
     * a whole cluster. What FLURM reads is mostly requests, the largest being a batch script with
     * its environment (SLURM's default script limit is 4 MiB), and replies from slurmd, which are
     * small. 64 MiB leaves a wide margin for those while keeping the memory one connection can
     * claim bounded. A peer whose messages are larger needs a codec built with a larger cap.
     */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    /** SLURM refuses messages above 1 GiB, so FLURM never writes one. */
    public static final int SLURM_MAX_MESSAGE_BYTES = 1024 * 1024 * 1024;

    /** The smallest return entry: u32 err, u16 type, u32 length of a NULL node name. */
    private static final int MIN_RETURN_ENTRY_BYTES = 10;

    private final int maxMessageBytes;

    public FrameCodec() {
        this(DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** A codec that refuses messages longer than {@code maxMessageBytes} (after the prefix). */
    public FrameCodec(int maxMessageBytes) {
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("message cap " + maxMessageBytes);
        }
        this.maxMessageBytes = maxMessageBytes;
    }

    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /**
     * Checks a length prefix against the cap before its message is read.
     *
     * @param prefix  the u32 as read, unsigned
     * @return the message length
     */
    public int checkLength(int prefix) throws DecodeException {
        final long length = Integer.toUnsignedLong(prefix);
        if (length > maxMessageBytes) {
            throw new DecodeException(Kind.OVERSIZE, "message of " + length
                    + " bytes exceeds the cap of " + maxMessageBytes);
        }
        return (int) length;
    }

    /** Reads a whole frame: the length prefix, which must match exactly, then the message. */
    public Frame decodeFrame(byte[] frame) throws DecodeException {
        final int length = checkLength(new Unpacker(frame).u32());
        final int present = frame.length - 4;
        if (length > present) {
            throw new DecodeException(Kind.TRUNCATED, "length prefix says " + length
                    + " bytes, " + present + " follow");
        }
        if (length < present) {
            throw new DecodeException(Kind.TRAILING, "length prefix says " + length
                    + " bytes, " + present + " follow");
        }
        return decode(frame, 4, length);
    }

    /** Reads a message: the bytes that follow the length prefix. */
    public Frame decode(byte[] message) throws DecodeException {
        checkLength(message.length);
        return decode(message, 0, message.length);
    }

    private Frame decode(byte[] data, int offset, int length) throws DecodeException {
        final Unpacker in = new Unpacker(data, offset, length);
        final int version = in.u16();
        if (!ProtocolVersion.isSupported(version)) {
            throw unsupportedVersion(version, data, offset, length);
        }
        final int flags = in.u16();
        if ((flags & Header.SLURMDBD_CONNECTION) != 0) {
            throw new DecodeException(Kind.UNSUPPORTED,
                    "header flag SLURMDBD_CONNECTION: slurmdbd messages are not read here");
        }
        if (hasSpareHeaderField(version)) {
            // 20.11 and 21.08 carry a u16 msg_index here that nothing reads; skip it
            in.u16();
        }
        final int msgType = in.u16();
        final long bodyLength = Integer.toUnsignedLong(in.u32());
        final Forward forward = readForward(in);
        final List<ReturnEntry> returns = readReturns(in, version);
        final OrigAddr origAddr = readOrigAddr(in);
        final AuthSection auth = readAuth(in);

        // Debian's 22.05 rejects a body_length that differs from what is left, either way
        if (bodyLength > in.remaining()) {
            throw new DecodeException(Kind.TRUNCATED, MessageType.nameOf(msgType)
                    + ": body_length " + bodyLength + " but " + in.remaining() + " bytes follow");
        }
        if (bodyLength < in.remaining()) {
            throw new DecodeException(Kind.TRAILING, MessageType.nameOf(msgType)
                    + ": body_length " + bodyLength + " but " + in.remaining() + " bytes follow");
        }
        final byte[] body = in.raw((int) bodyLength);
        final Header header = new Header(version, flags, msgType, (int) bodyLength, forward,
                returns, origAddr);
        return new Frame(header, auth, body);
    }

    /** Releases before 22.05 have a spare u16 after the header flags. */
    private static boolean hasSpareHeaderField(int version) {
        return version < ProtocolVersion.SLURM_22_05;
    }

    /**
     * The error for a version this side cannot read, naming the slurmdbd header form (message
     * type, then version, then flags with SLURMDBD_CONNECTION) when that is what arrived.
     */
    private static DecodeException unsupportedVersion(int version, byte[] data, int offset,
                                                      int length) {
        if (length >= 6) {
            final int next = ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
            final int flags = ((data[offset + 4] & 0xFF) << 8) | (data[offset + 5] & 0xFF);
            if (ProtocolVersion.isSupported(next) && (flags & Header.SLURMDBD_CONNECTION) != 0) {
                return new DecodeException(Kind.UNSUPPORTED,
                        "slurmdbd header form (message type before version) is not read here");
            }
        }
        return new DecodeException(Kind.UNSUPPORTED,
                "protocol version " + ProtocolVersion.describe(version) + " is not supported");
    }

    private static Forward readForward(Unpacker in) throws DecodeException {
        final int count = in.u16();
        if (count == 0) {
            return null;
        }
        final String nodelist = in.str();
        if (nodelist == null) {
            throw new DecodeException(Kind.INVALID, "forward to " + count + " nodes without a"
                    + " nodelist");
        }
        final int timeoutMs = in.u32();
        final int treeWidth = in.u16();
        return new Forward(count, nodelist, timeoutMs, treeWidth);
    }

    /** The replies a relay gathered; each body is packed inline with no length of its own. */
    private static List<ReturnEntry> readReturns(Unpacker in, int version)
            throws DecodeException {
        final int count = in.u16();
        if (count == 0) {
            return List.of();
        }
        if ((long) count * MIN_RETURN_ENTRY_BYTES > in.remaining()) {
            throw new DecodeException(Kind.OVERSIZE, count + " returned replies cannot fit the "
                    + in.remaining() + " bytes left");
        }
        final List<ReturnEntry> returns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int err = in.u32();
            final int msgType = in.u16();
            final String nodeName = in.str();
            final BodyCodec<?> codec = MessageCodecs.forType(msgType).orElseThrow(
                    () -> new DecodeException(Kind.UNSUPPORTED, "returned reply of type "
                            + MessageType.nameOf(msgType) + " has no layout"));
            final MessageBody body = codec.decode(in, version);
            returns.add(new ReturnEntry(err, msgType, nodeName, body));
        }
        return returns;
    }

    private static OrigAddr readOrigAddr(Unpacker in) throws DecodeException {
        final int family = in.u16();
        switch (family) {
            case OrigAddr.AF_UNSPEC -> {
                return OrigAddr.unspec();
            }
            case OrigAddr.AF_INET -> {
                // the octets arrive in reverse order and the port little-endian (see OrigAddr)
                final int address = Integer.reverseBytes(in.u32());
                final int port = Short.reverseBytes((short) in.u16()) & 0xFFFF;
                final byte[] octets = {
                    (byte) (address >>> 24), (byte) (address >>> 16),
                    (byte) (address >>> 8), (byte) address
                };
                return new OrigAddr.Inet((Inet4Address) inetAddress(octets), port);
            }
            case OrigAddr.AF_INET6 -> {
                final int size = in.u32();
                if (size != 16) {
                    throw new DecodeException(Kind.INVALID, "IPv6 address of "
                            + Integer.toUnsignedString(size) + " bytes");
                }
                final byte[] octets = in.raw(16);
                final int port = Short.reverseBytes((short) in.u16()) & 0xFFFF;
                return new OrigAddr.Inet6(inet6Address(octets), port);
            }
            default -> throw new DecodeException(Kind.INVALID,
                    "orig_addr family " + family + " is none of AF_UNSPEC, AF_INET, AF_INET6");
        }
    }

    private static AuthSection readAuth(Unpacker in) throws DecodeException {
        final int pluginId = in.u32();
        if (pluginId != AuthSection.AUTH_MUNGE) {
            throw new DecodeException(Kind.UNSUPPORTED, "auth plugin "
                    + Integer.toUnsignedString(pluginId) + " (only auth/munge, 101, is spoken)");
        }
        final String credential = in.str();
        if (credential == null) {
            throw new DecodeException(Kind.INVALID, "auth/munge section without a credential");
        }
        // munge_encode writes base64 between "MUNGE:" and ":"; anything else cannot verify
        for (int i = 0; i < credential.length(); i++) {
            final char c = credential.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new DecodeException(Kind.INVALID,
                        "MUNGE credential holds a byte outside printable ASCII");
            }
        }
        return new AuthSection(pluginId, credential);
    }

    /**
     * Writes a frame: length prefix, header, auth section, body. The body length written is
     * the body's own; gathered replies are packed with their registered codecs.
     */
    public byte[] encode(Frame frame) {
        final Header header = frame.header();
        final int version = header.version();
        if (!ProtocolVersion.isSupported(version)) {
            throw new IllegalArgumentException("cannot write protocol version "
                    + ProtocolVersion.describe(version));
        }
        if ((header.flags() & Header.SLURMDBD_CONNECTION) != 0) {
            throw new IllegalArgumentException("the slurmdbd header form is not written here");
        }
        final Packer out = new Packer(64 + frame.auth().credential().length()
                + frame.body().length);
        out.u32(0);

        out.u16(version);
        out.u16(header.flags());
        if (hasSpareHeaderField(version)) {
            out.u16(0);
        }
        out.u16(header.msgType());
        out.u32(frame.body().length);
        writeForward(out, header.forward());
        writeReturns(out, header.returns(), version);
        writeOrigAddr(out, header.origAddr());

        out.u32(frame.auth().pluginId());
        out.str(frame.auth().credential());
        out.raw(frame.body());

        final int length = out.size() - 4;
        if (length > SLURM_MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("message of " + length
                    + " bytes is larger than any SLURM peer accepts");
        }
        out.u32At(0, length);
        return out.toByteArray();
    }

    /**
     * Writes the reply to a request (see {@link Frame#reply}).
     *
     * @param credential  a MUNGE credential made for exactly this body and message type
     */
    public byte[] encodeReply(Header request, int msgType, byte[] body, String credential) {
        return encode(Frame.reply(request, msgType, body, credential));
    }

    private static void writeForward(Packer out, Forward forward) {
        if (forward == null) {
            out.u16(0);
            return;
        }
        out.u16(forward.nodeCount());
        out.str(forward.nodelist());
        out.u32(forward.timeoutMs());
        out.u16(forward.treeWidth());
    }

    private static void writeReturns(Packer out, List<ReturnEntry> returns, int version) {
        out.u16(returns.size());
        for (ReturnEntry entry : returns) {
            out.u32(entry.err());
            out.u16(entry.msgType());
            out.str(entry.nodeName());
            out.raw(MessageCodecs.encode(entry.msgType(), entry.body(), version));
        }
    }

    private static void writeOrigAddr(Packer out, OrigAddr origAddr) {
        out.u16(origAddr.family());
        switch (origAddr) {
            case OrigAddr.Unspec _ -> {
            }
            case OrigAddr.Inet inet -> {
                final byte[] octets = inet.address().getAddress();
                final int address = ((octets[0] & 0xFF) << 24) | ((octets[1] & 0xFF) << 16)
                        | ((octets[2] & 0xFF) << 8) | (octets[3] & 0xFF);
                out.u32(Integer.reverseBytes(address));
                out.u16(Short.reverseBytes((short) inet.port()) & 0xFFFF);
            }
            case OrigAddr.Inet6 inet6 -> {
                out.mem(inet6.address().getAddress());
                out.u16(Short.reverseBytes((short) inet6.port()) & 0xFFFF);
            }
        }
    }

    private static InetAddress inetAddress(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four octets are always an IPv4 address", e);
        }
    }

    /** Keeps IPv4-mapped IPv6 addresses as IPv6, as they were sent. */
    private static Inet6Address inet6Address(byte[] octets) {
        try {
            return Inet6Address.getByAddress(null, octets, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("sixteen octets are always an IPv6 address", e);
        }
    }
}
