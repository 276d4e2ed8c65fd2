package org.flurm.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * Requests the controller handled and how long each took, by SLURM message type:
 * {@code flurm_requests_total{type}} and {@code flurm_request_duration_seconds{type}}.
 */
public final class RequestMetrics {

    private final Counter requests;
    private final Histogram duration;

    /** Creates the figures and registers them with {@code registry}. */
    public RequestMetrics(PrometheusRegistry registry) {
        requests = Counter.builder()
                .name("flurm_requests")
                .help("Requests handled, by SLURM message type")
                .labelNames("type")
                .register(registry);
        duration = Histogram.builder()
                .name("flurm_request_duration_seconds")
                .help("Time from a request's arrival to its reply, by SLURM message type")
                .unit(Unit.SECONDS)
                .labelNames("type")
                .classicOnly()
                .register(registry);
    }

    /**
     * Counts one handled request.
     *
     * @param messageType SLURM's name of the request type, e.g. REQUEST_JOB_INFO
     * @param nanos how long it took
     */
    public void observe(String messageType, long nanos) {
        requests.labelValues(messageType).inc();
        duration.labelValues(messageType).observe(Unit.nanosToSeconds(nanos));
    }
}
