package org.flurm.security.audit;

/**
 * A security-relevant event, one line of the audit log. Events carry who did what to what;
 * never a job's script, environment or any secret.
 */
public sealed interface AuditEvent {

    /** The event's name as written in the log's {@code event} field. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** A job was accepted; the job id lets an operator find it with sacct. */
    record JobSubmitted(long jobId, String user, int uid, String partition, String account)
            implements AuditEvent {
    }

    /**
     * A request's credential did not verify.
     *
     * @param peer the remote address the request came from
     * @param reason why it failed, e.g. "credential expired", "credential replayed"
     */
    record AuthenticationFailed(String peer, String reason) implements AuditEvent {
    }

    /**
     * An authenticated user asked for something they may not do.
     *
     * @param request the request's SLURM name, e.g. REQUEST_UPDATE_NODE
     * @param target what it was aimed at, e.g. "node=n3" or "job=1234"
     */
    record AuthorizationDenied(String user, int uid, String request, String target)
            implements AuditEvent {
    }

    /** A node daemon registered with the controller from {@code peer}. */
    record NodeRegistered(String node, String peer) implements AuditEvent {
    }

    /** A node was removed from the cluster by {@code by}. */
    record NodeRemoved(String node, String by) implements AuditEvent {
    }

    /**
     * A node changed state, e.g. IDLE to DRAIN.
     *
     * @param reason the reason given (scontrol's Reason=), empty if none
     * @param by the user who asked, or "controller" for a change the controller made
     */
    record NodeStateChanged(String node, String oldState, String newState, String reason,
                            String by) implements AuditEvent {
    }

    /** A privileged operation, e.g. a reconfigure, a shutdown or an accounting change. */
    record AdminOperation(String user, String operation, String target) implements AuditEvent {
    }

    /**
     * A request was refused by the rate limiter.
     *
     * @param kind the kind of request: SUBMIT, QUERY or UPDATE
     */
    record RateLimited(String user, int uid, String kind) implements AuditEvent {
    }
}
