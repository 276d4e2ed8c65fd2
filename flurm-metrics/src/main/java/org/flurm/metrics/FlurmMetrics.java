package org.flurm.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * All of a daemon's figures in one registry, which {@link MetricsServer} serves. The
 * controller feeds each part: cluster counts after each snapshot, request and scheduler
 * timings as they happen, and refusals as they are decided.
 */
public final class FlurmMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ClusterGauges cluster = new ClusterGauges(registry);
    private final RequestMetrics requests = new RequestMetrics(registry);
    private final SecurityMetrics security = new SecurityMetrics(registry);
    private final SchedulerMetrics scheduler = new SchedulerMetrics(registry);

    public PrometheusRegistry registry() {
        return registry;
    }

    public ClusterGauges cluster() {
        return cluster;
    }

    public RequestMetrics requests() {
        return requests;
    }

    public SecurityMetrics security() {
        return security;
    }

    public SchedulerMetrics scheduler() {
        return scheduler;
    }
}
