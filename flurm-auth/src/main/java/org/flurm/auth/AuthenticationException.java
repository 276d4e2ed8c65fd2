package org.flurm.auth;

import java.util.Optional;

import org.flurm.auth.munge.MungeError;

/**
 * A message was not accepted because its credential did not prove who sent it. The server that
 * catches it logs the {@link Reason} with the peer's address and closes the connection without
 * replying, as slurmctld does.
 */
public final class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a credential was refused; each carries a sentence for the operator's log. */
    public enum Reason {
        BAD_PLUGIN("auth plugin is not auth/munge (101)"),
        MISSING_CREDENTIAL("no credential in the auth section"),
        INVALID("credential does not verify: garbled, forged, or encoded with another MUNGE key"),
        EXPIRED("credential expired: older than its TTL, or the clocks of the hosts differ"),
        REWOUND("credential encoded in the future: the clocks of the hosts differ"),
        REPLAYED("credential was already used once on this host"),
        UNAUTHORIZED("credential is restricted to another uid or gid than this daemon's"),
        DAEMON_UNREACHABLE("munged cannot be reached through its socket"),
        DAEMON_ERROR("munged or libmunge failed internally"),
        BODY_HASH_MISMATCH("payload hash does not match the message body and type"),
        WRONG_MESSAGE_TYPE("payload was made for another message type"),
        NULL_HASH_BLOCKED("credential has no payload and CommunicationParameters has"
                + " block_null_hash"),
        ZERO_HASH_BLOCKED("credential has a type-only payload and CommunicationParameters has"
                + " block_zero_hash"),
        UNSUPPORTED_HASH("payload uses a hash type this side cannot compute");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final MungeError mungeError;

    public AuthenticationException(Reason reason, String detail) {
        this(reason, null, detail);
    }

    public AuthenticationException(Reason reason, MungeError mungeError, String detail) {
        super(reason.description() + (detail == null || detail.isEmpty() ? "" : ": " + detail),
                null, false, false);
        this.reason = reason;
        this.mungeError = mungeError;
    }

    public Reason reason() {
        return reason;
    }

    /** The libmunge error behind the refusal, when munged refused the credential. */
    public Optional<MungeError> mungeError() {
        return Optional.ofNullable(mungeError);
    }
}
