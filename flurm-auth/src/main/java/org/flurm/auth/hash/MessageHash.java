package org.flurm.auth.hash;

import org.bouncycastle.crypto.digests.Kangaroo;

/**
 * The payload SLURM 22.05 seals inside each message's MUNGE credential: a hash that binds the
 * credential to one message body and message type, so a credential cannot be lifted from one
 * message and reused on another.
 *
 * <p>The payload is {@code slurm_hash_t} cut to its length: one type byte, then the hash. Three
 * forms travel on the wire (wire spec §1.6): {@link Form#K12} (what 22.05 sends), {@link
 * Form#NONE} (only the message type, what 20.11.9/21.08.8 send) and {@link Form#EMPTY} (no
 * payload at all, older peers).
 */
public final class MessageHash {

    /** The forms of payload a peer may send. */
    public enum Form {
        /** No payload: the credential binds nothing. */
        EMPTY,
        /** {@code 0x01} followed by the message type: binds the type, not the body. */
        NONE,
        /** {@code 0x02} followed by KangarooTwelve of the body: binds both. */
        K12
    }

    /** Hash type byte of a DEFAULT hash ({@code HASH_PLUGIN_DEFAULT}); 22.05 computes K12. */
    public static final int TYPE_DEFAULT = 0;
    /** Hash type byte of the NONE form ({@code HASH_PLUGIN_NONE}). */
    public static final int TYPE_NONE = 1;
    /** Hash type byte of the K12 form ({@code HASH_PLUGIN_K12}). */
    public static final int TYPE_K12 = 2;

    /** Length of the KangarooTwelve output SLURM uses. */
    public static final int K12_LENGTH = 32;

    /** The last protocol version (21.08) that writes a NONE payload in host byte order. */
    public static final int SLURM_21_08_PROTOCOL_VERSION = 0x2500;

    private MessageHash() {
    }

    /** KangarooTwelve of the body, 32 bytes, customised with the message type (big-endian). */
    public static byte[] k12(int msgType, byte[] body, int offset, int length) {
        return kangarooTwelve(typeBigEndian(msgType), body, offset, length);
    }

    /** KangarooTwelve as the Keccak team specifies it: 32 bytes out, any customisation. */
    static byte[] kangarooTwelve(byte[] customization, byte[] message, int offset, int length) {
        final Kangaroo.KangarooTwelve digest = new Kangaroo.KangarooTwelve();
        digest.init(new Kangaroo.KangarooParameters.Builder()
                .setPersonalisation(customization)
                .build());
        digest.update(message, offset, length);
        final byte[] hash = new byte[K12_LENGTH];
        digest.doFinal(hash, 0, K12_LENGTH);
        return hash;
    }

    /** The 33-byte K12 payload: {@code 0x02} then {@link #k12}. */
    public static byte[] k12Payload(int msgType, byte[] body, int offset, int length) {
        final byte[] payload = new byte[1 + K12_LENGTH];
        payload[0] = TYPE_K12;
        System.arraycopy(k12(msgType, body, offset, length), 0, payload, 1, K12_LENGTH);
        return payload;
    }

    /** The 33-byte K12 payload of a whole body. */
    public static byte[] k12Payload(int msgType, byte[] body) {
        return k12Payload(msgType, body, 0, body.length);
    }

    /**
     * The 3-byte NONE payload: {@code 0x01} then the message type, big-endian for 22.05 peers.
     * 20.11.9 and 21.08.8 wrote it in host byte order, which on the little-endian hosts FLURM
     * runs on means low byte first; for {@code protocolVersion <= 21.08} that order is used.
     */
    public static byte[] nonePayload(int protocolVersion, int msgType) {
        final byte[] type = typeBigEndian(msgType);
        if (protocolVersion <= SLURM_21_08_PROTOCOL_VERSION) {
            return new byte[] {TYPE_NONE, type[1], type[0]};
        }
        return new byte[] {TYPE_NONE, type[0], type[1]};
    }

    /**
     * The payload of the given form for a message to a peer speaking {@code protocolVersion}.
     * A peer speaking 21.08 or older cannot check K12, so it gets NONE instead, as SLURM does.
     */
    public static byte[] payload(Form form, int protocolVersion, int msgType, byte[] body,
                                 int offset, int length) {
        final Form sent = form == Form.K12 && protocolVersion <= SLURM_21_08_PROTOCOL_VERSION
                ? Form.NONE
                : form;
        return switch (sent) {
            case EMPTY -> new byte[0];
            case NONE -> nonePayload(protocolVersion, msgType);
            case K12 -> k12Payload(msgType, body, offset, length);
        };
    }

    /** The message type as the two big-endian bytes SLURM uses for customisation. */
    static byte[] typeBigEndian(int msgType) {
        if (msgType < 0 || msgType > 0xFFFF) {
            throw new IllegalArgumentException("message type out of u16 range: " + msgType);
        }
        return new byte[] {(byte) (msgType >>> 8), (byte) msgType};
    }
}
