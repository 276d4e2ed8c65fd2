package org.flurm.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Counts of refused requests: {@code flurm_authentication_failures_total},
 * {@code flurm_authorization_denials_total{request}} and
 * {@code flurm_rate_limit_rejections_total{kind}}. The same events go to the audit log; these
 * are for alerting on rates.
 */
public final class SecurityMetrics {

    private final Counter authenticationFailures;
    private final Counter authorizationDenials;
    private final Counter rateLimitRejections;

    /** Creates the figures and registers them with {@code registry}. */
    public SecurityMetrics(PrometheusRegistry registry) {
        authenticationFailures = Counter.builder()
                .name("flurm_authentication_failures")
                .help("Requests whose MUNGE credential did not verify")
                .register(registry);
        authorizationDenials = Counter.builder()
                .name("flurm_authorization_denials")
                .help("Authenticated requests refused for lack of permission, by request type")
                .labelNames("request")
                .register(registry);
        rateLimitRejections = Counter.builder()
                .name("flurm_rate_limit_rejections")
                .help("Requests refused by the per-user rate limits, by kind of request")
                .labelNames("kind")
                .register(registry);
    }

    /** Counts a credential that did not verify. */
    public void authenticationFailed() {
        authenticationFailures.inc();
    }

    /** Counts a refused request of type {@code request} (SLURM's name). */
    public void authorizationDenied(String request) {
        authorizationDenials.labelValues(request).inc();
    }

    /** Counts a rate-limited request of {@code kind} (SUBMIT, QUERY or UPDATE). */
    public void rateLimited(String kind) {
        rateLimitRejections.labelValues(kind).inc();
    }
}
