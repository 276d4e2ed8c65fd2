package org.flurm.controller.security;

import org.flurm.metrics.FlurmMetrics;
import org.flurm.security.audit.AuditEvent;
import org.flurm.security.audit.AuditLog;

/**
 * What the handlers need to record security events and keep secrets: the audit log, the
 * counters that go with its events, and the jobs' secret variables.
 *
 * @param audit    writes the structured lines of the {@code flurm.audit} logger
 * @param metrics  the figures the metrics endpoint serves
 * @param secrets  seals, opens and destroys jobs' secret variables
 */
public record ControllerSecurity(AuditLog audit, FlurmMetrics metrics, JobSecrets secrets) {

    /** Records a refused request in the audit log and in the denials counter. */
    public void denied(String user, int uid, String request, String target) {
        audit.record(new AuditEvent.AuthorizationDenied(user, uid, request, target));
        metrics.security().authorizationDenied(request);
    }
}
