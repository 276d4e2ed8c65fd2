package org.flurm.security.audit;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes security events to the audit log: one JSON object per line, through the SLF4J
 * logger {@value #LOGGER_NAME}, which {@link AuditLogAppender} sends to its own file. Every
 * line has {@code time} (UTC, ISO-8601) and {@code event}, then the event's fields by name.
 */
public final class AuditLog {

    /** The logger the audit lines go through; nothing else logs to it. */
    public static final String LOGGER_NAME = "flurm.audit";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final Clock clock;

    /** @param clock the time stamped on each line; {@link Clock#systemUTC()} in the daemons */
    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code event} as one line. */
    public void record(AuditEvent event) {
        LOG.info(toJson(event, clock.instant()));
    }

    /** The line written for {@code event} at {@code time}. */
    static String toJson(AuditEvent event, Instant time) {
        final JsonLine line = new JsonLine()
                .field("time", time.toString())
                .field("event", event.name());
        switch (event) {
            case AuditEvent.JobSubmitted e -> line.field("job_id", e.jobId())
                    .field("user", e.user()).field("uid", e.uid())
                    .field("partition", e.partition()).field("account", e.account());
            case AuditEvent.AuthenticationFailed e -> line.field("peer", e.peer())
                    .field("reason", e.reason());
            case AuditEvent.AuthorizationDenied e -> line.field("user", e.user())
                    .field("uid", e.uid()).field("request", e.request())
                    .field("target", e.target());
            case AuditEvent.NodeRegistered e -> line.field("node", e.node())
                    .field("peer", e.peer());
            case AuditEvent.NodeRemoved e -> line.field("node", e.node()).field("by", e.by());
            case AuditEvent.NodeStateChanged e -> line.field("node", e.node())
                    .field("old_state", e.oldState()).field("new_state", e.newState())
                    .field("reason", e.reason()).field("by", e.by());
            case AuditEvent.AdminOperation e -> line.field("user", e.user())
                    .field("operation", e.operation()).field("target", e.target());
            case AuditEvent.RateLimited e -> line.field("user", e.user()).field("uid", e.uid())
                    .field("kind", e.kind());
        }
        return line.end();
    }
}
