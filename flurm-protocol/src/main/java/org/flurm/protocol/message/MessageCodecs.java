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

        // configuration and federation (package config)
        register(2001, new org.flurm.protocol.message.config.BuildInfoRequestCodec());
        register(2002, new org.flurm.protocol.message.config.BuildInfoCodec());
        register(2050, new org.flurm.protocol.message.config.FederationInfoCodec());

        // slurmctld <-> slurmd (package slurmd)
        register(1002, new org.flurm.protocol.message.slurmd.NodeRegistrationStatusCodec());
        register(1016, new org.flurm.protocol.message.slurmd.PingSlurmdResponseCodec());
        register(1024, new org.flurm.protocol.message.slurmd.NodeRegistrationResponseCodec());
        register(4005, new org.flurm.protocol.message.slurmd.BatchJobLaunchCodec());
        register(5018, new org.flurm.protocol.message.slurmd.CompleteBatchScriptCodec());
        register(6009, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6011, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6012, new org.flurm.protocol.message.slurmd.EpilogCompleteCodec());
        register(6013, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6016, new org.flurm.protocol.message.slurmd.KillJobCodec());
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
