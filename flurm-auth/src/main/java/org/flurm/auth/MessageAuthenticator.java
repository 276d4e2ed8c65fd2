package org.flurm.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import org.flurm.auth.AuthenticationException.Reason;
import org.flurm.auth.hash.MessageHash;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeCredential;
import org.flurm.auth.munge.MungeError;
import org.flurm.auth.munge.MungeException;

/**
 * Proves who sent a SLURM message and seals the messages we send: the MUNGE credential in the
 * auth section must be valid, and its payload must match the body and message type (wire spec
 * §1.5, §1.6). There is no mode that accepts a message without a valid credential.
 *
 * <p>Thread-safe; one instance serves a whole daemon.
 */
public final class MessageAuthenticator {

    /** Auth plugin id of auth/munge in the auth section. */
    public static final int AUTH_PLUGIN_MUNGE = 101;

    /** The protocol version FLURM speaks natively. */
    public static final int SLURM_22_05_PROTOCOL_VERSION = 0x2600;

    private final Munge munge;
    private final HashPolicy policy;

    public MessageAuthenticator(Munge munge, HashPolicy policy) {
        this.munge = Objects.requireNonNull(munge, "munge");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Munge munge() {
        return munge;
    }

    public HashPolicy policy() {
        return policy;
    }

    /** Verifies a 22.05 request whose auth section named auth/munge. */
    public AuthenticatedIdentity verify(int msgType, byte[] body, String credential)
            throws AuthenticationException {
        return verify(AUTH_PLUGIN_MUNGE, SLURM_22_05_PROTOCOL_VERSION, msgType, body, 0,
                body.length, credential);
    }

    /**
     * Verifies a message: the auth plugin, the credential, then the payload against exactly
     * {@code length} body bytes at {@code offset}.
     *
     * @param pluginId        the plugin id from the auth section
     * @param protocolVersion the header's protocol version (decides the NONE byte order)
     * @param msgType         the header's message type
     * @param credential      the credential string from the auth section
     * @return the sender's identity, as munged vouches for it
     * @throws AuthenticationException with the reason the message must be dropped
     */
    public AuthenticatedIdentity verify(int pluginId, int protocolVersion, int msgType,
                                        byte[] body, int offset, int length, String credential)
            throws AuthenticationException {
        if (pluginId != AUTH_PLUGIN_MUNGE) {
            throw new AuthenticationException(Reason.BAD_PLUGIN, "plugin id " + pluginId);
        }
        if (credential == null || credential.isEmpty()) {
            throw new AuthenticationException(Reason.MISSING_CREDENTIAL, null);
        }

        final MungeCredential decoded;
        try {
            decoded = munge.decode(credential);
        } catch (MungeException e) {
            throw new AuthenticationException(reasonFor(e.error()), e.error(), e.getMessage());
        }

        final MessageHash.Form form =
                checkPayload(decoded.payload(), protocolVersion, msgType, body, offset, length);
        return new AuthenticatedIdentity(decoded.uid(), decoded.gid(), form);
    }

    /** Seals a 22.05 message with a K12 payload. */
    public String sign(int msgType, byte[] body, int restrictToUid) throws MungeException {
        return sign(SLURM_22_05_PROTOCOL_VERSION, MessageHash.Form.K12, msgType, body, 0,
                body.length, restrictToUid);
    }

    /**
     * Seals a message: encodes a credential whose payload is the given form of hash over
     * {@code length} body bytes at {@code offset}.
     *
     * @param restrictToUid the only uid that may decode it, or {@link Munge#ANY_UID}
     * @return the credential string for the auth section
     */
    public String sign(int protocolVersion, MessageHash.Form form, int msgType, byte[] body,
                       int offset, int length, int restrictToUid) throws MungeException {
        return munge.encode(
                MessageHash.payload(form, protocolVersion, msgType, body, offset, length),
                restrictToUid);
    }

    private MessageHash.Form checkPayload(byte[] payload, int protocolVersion, int msgType,
                                          byte[] body, int offset, int length)
            throws AuthenticationException {
        if (payload.length == 0) {
            if (policy.blockNullHash()) {
                throw new AuthenticationException(Reason.NULL_HASH_BLOCKED, null);
            }
            return MessageHash.Form.EMPTY;
        }
        return switch (payload[0]) {
            case MessageHash.TYPE_NONE -> {
                checkNone(payload, protocolVersion, msgType);
                yield MessageHash.Form.NONE;
            }
            // a DEFAULT hash is computed by the default plugin, K12 in 22.05
            case MessageHash.TYPE_DEFAULT, MessageHash.TYPE_K12 -> {
                final byte[] expected = MessageHash.k12Payload(msgType, body, offset, length);
                expected[0] = payload[0];
                if (!MessageDigest.isEqual(expected, payload)) {
                    throw new AuthenticationException(Reason.BODY_HASH_MISMATCH,
                            "message type " + msgType + ", body of " + length + " bytes");
                }
                yield MessageHash.Form.K12;
            }
            default -> throw new AuthenticationException(Reason.UNSUPPORTED_HASH,
                    "hash type " + (payload[0] & 0xFF));
        };
    }

    private void checkNone(byte[] payload, int protocolVersion, int msgType)
            throws AuthenticationException {
        if (policy.blockZeroHash()) {
            throw new AuthenticationException(Reason.ZERO_HASH_BLOCKED, null);
        }
        if (payload.length != 3) {
            throw new AuthenticationException(Reason.BODY_HASH_MISMATCH,
                    "type-only payload of " + payload.length + " bytes instead of 3");
        }
        final byte[] bigEndian = MessageHash.nonePayload(SLURM_22_05_PROTOCOL_VERSION, msgType);
        if (Arrays.equals(bigEndian, payload)) {
            return;
        }
        // 20.11.9 and 21.08.8 wrote the type in host byte order
        if (protocolVersion <= MessageHash.SLURM_21_08_PROTOCOL_VERSION
                && Arrays.equals(MessageHash.nonePayload(protocolVersion, msgType), payload)) {
            return;
        }
        throw new AuthenticationException(Reason.WRONG_MESSAGE_TYPE, "payload names type "
                + (((payload[1] & 0xFF) << 8) | (payload[2] & 0xFF)) + ", message is "
                + msgType);
    }

    /** What each libmunge error means for the message it was meant to authenticate. */
    static Reason reasonFor(MungeError error) {
        return switch (error) {
            case CRED_EXPIRED -> Reason.EXPIRED;
            case CRED_REWOUND -> Reason.REWOUND;
            case CRED_REPLAYED -> Reason.REPLAYED;
            case CRED_UNAUTHORIZED -> Reason.UNAUTHORIZED;
            // munged cannot tell a credential made under another key from a forged one
            case CRED_INVALID, BAD_CRED, BAD_VERSION, BAD_CIPHER, BAD_MAC, BAD_ZIP, BAD_REALM,
                 BAD_LENGTH -> Reason.INVALID;
            case SOCKET, TIMEOUT -> Reason.DAEMON_UNREACHABLE;
            case SUCCESS, SNAFU, BAD_ARG, OVERFLOW, NO_MEMORY, UNKNOWN -> Reason.DAEMON_ERROR;
        };
    }
}
