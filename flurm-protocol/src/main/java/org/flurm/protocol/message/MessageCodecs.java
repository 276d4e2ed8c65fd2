package org.flurm.protocol.message;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Which {@link BodyCodec} reads and writes the body of each message type.
 *
 * <p>Message types without an entry have no layout in FLURM yet; a server answers them with
 * SLURM's "not supported" error rather than guessing.
 */
public final class MessageCodecs {

    private static final Map<Integer, BodyCodec<?>> CODECS = new HashMap<>();

    static {
        // Each group of layouts registers its message types here.

        // job, node and partition info; node updates (package .info)
        register(2003, new org.flurm.protocol.message.info.JobInfoRequestCodec());
        register(2004, new org.flurm.protocol.message.info.JobInfoCodec());
        register(2007, org.flurm.protocol.message.info.InfoRequestCodecs.NODE_INFO);
        register(2008, new org.flurm.protocol.message.info.NodeInfoCodec());
        register(2009, org.flurm.protocol.message.info.InfoRequestCodecs.PARTITION_INFO);
        register(2010, new org.flurm.protocol.message.info.PartitionInfoCodec());
        register(2021, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_INFO_SINGLE);
        register(2039, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_USER_INFO);
        register(2040, org.flurm.protocol.message.info.InfoRequestCodecs.NODE_INFO_SINGLE);
        register(2051, org.flurm.protocol.message.info.JobIdRequestCodec.BATCH_SCRIPT);
        register(3002, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(3014, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(3015, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(4019, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_READY);
    }

    private MessageCodecs() {
    }

    static void register(int msgType, BodyCodec<?> codec) {
        if (CODECS.putIfAbsent(msgType, codec) != null) {
            throw new IllegalStateException("two codecs for message type " + msgType);
        }
    }

    /** The codec for a message type, if FLURM knows its layout. */
    public static Optional<BodyCodec<?>> forType(int msgType) {
        return Optional.ofNullable(CODECS.get(msgType));
    }

    /** Decodes a whole body; fails unless the layout consumes every byte. */
    public static MessageBody decode(int msgType, byte[] body, int protocolVersion)
            throws DecodeException {
        final BodyCodec<?> codec = CODECS.get(msgType);
        if (codec == null) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "no layout for message type " + msgType);
        }
        final Unpacker in = new Unpacker(body);
        final MessageBody decoded = codec.decode(in, protocolVersion);
        in.expectEnd("message type " + msgType);
        return decoded;
    }

    /** Encodes a body with the codec registered for its message type. */
    @SuppressWarnings("unchecked")
    public static byte[] encode(int msgType, MessageBody body, int protocolVersion) {
        final BodyCodec<MessageBody> codec = (BodyCodec<MessageBody>) CODECS.get(msgType);
        if (codec == null) {
            throw new IllegalArgumentException("no layout for message type " + msgType);
        }
        final Packer out = new Packer();
        codec.encode(body, out, protocolVersion);
        return out.toByteArray();
    }
}
