package org.flurm.controller.security;

import java.util.Optional;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.controller.handler.Reply;
import org.flurm.controller.server.RequestPolicy;
import org.flurm.metrics.FlurmMetrics;
import org.flurm.protocol.message.MessageType;
import org.flurm.security.audit.AuditEvent;
import org.flurm.security.audit.AuditLog;
import org.flurm.security.ratelimit.Admission;
import org.flurm.security.ratelimit.RateLimiter;

/**
 * The controller's request policy: per-user rate limits after authentication (root, SlurmUser
 * and flurm.conf's Administrators exempt, as the limiter's predicate says), with every refusal
 * and every failed authentication written to the audit log and counted, and every answered
 * request timed by message type.
 */
public final class RequestGuard implements RequestPolicy {

    private final RateLimiter limiter;
    private final AuditLog audit;
    private final FlurmMetrics metrics;
    private final UserDirectory users;

    public RequestGuard(RateLimiter limiter, AuditLog audit, FlurmMetrics metrics,
                        UserDirectory users) {
        this.limiter = limiter;
        this.audit = audit;
        this.metrics = metrics;
        this.users = users;
    }

    @Override
    public Optional<Reply> admit(AuthenticatedIdentity identity, int msgType, String peer) {
        if (!(limiter.admit(identity.uid(), msgType) instanceof Admission.Refused refused)) {
            return Optional.empty();
        }
        final String kind = refused.kind().name();
        audit.record(new AuditEvent.RateLimited(nameOf(users, identity.uid()), identity.uid(),
                kind));
        metrics.security().rateLimited(kind);
        return Optional.of(Reply.rc(refused.slurmErrno()));
    }

    @Override
    public void authenticationFailed(String peer, String reason) {
        audit.record(new AuditEvent.AuthenticationFailed(peer, reason));
        metrics.security().authenticationFailed();
    }

    @Override
    public void served(int msgType, long nanos) {
        metrics.requests().observe(MessageType.nameOf(msgType), nanos);
    }

    /** The user's name for audit lines, or the uid as text when it has none. */
    static String nameOf(UserDirectory users, int uid) {
        return users.nameOf(uid).orElse(Integer.toString(uid));
    }
}
