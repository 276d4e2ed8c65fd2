package org.flurm.controller.server;

import java.util.Optional;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.controller.handler.Reply;

/**
 * What the controller decides around each request apart from the handlers: whether an
 * authenticated caller may be served at all (rate limits), and what is recorded about failed
 * authentications and served requests (audit log, metrics).
 */
public interface RequestPolicy {

    /** Serves everything and records nothing. */
    RequestPolicy NONE = new RequestPolicy() {
    };

    /**
     * Decides, after authentication and before the body is decoded, whether the request is
     * served; a refusal is the reply to send instead.
     */
    default Optional<Reply> admit(AuthenticatedIdentity identity, int msgType, String peer) {
        return Optional.empty();
    }

    /** A frame whose credential libmunge or the body hash rejected. */
    default void authenticationFailed(String peer, String reason) {
    }

    /** A request answered, {@code nanos} after its frame had been read. */
    default void served(int msgType, long nanos) {
    }
}
