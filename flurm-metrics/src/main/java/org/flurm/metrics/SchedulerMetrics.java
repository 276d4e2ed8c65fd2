package org.flurm.metrics;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long scheduler cycles take: {@code flurm_scheduler_cycle_seconds}, and
 * prometheus-slurm-exporter's {@code slurm_scheduler_last_cycle} and
 * {@code slurm_scheduler_mean_cycle} in microseconds, as sdiag reports them. The mean is over
 * all cycles since the daemon started.
 */
public final class SchedulerMetrics {

    private final Histogram cycle;
    private final AtomicLong lastMicros = new AtomicLong();
    private final AtomicLong totalMicros = new AtomicLong();
    private final AtomicLong cycles = new AtomicLong();

    /** Creates the figures and registers them with {@code registry}. */
    public SchedulerMetrics(PrometheusRegistry registry) {
        cycle = Histogram.builder()
                .name("flurm_scheduler_cycle_seconds")
                .help("Duration of scheduler cycles")
                .unit(Unit.SECONDS)
                .classicOnly()
                .register(registry);
        GaugeWithCallback.builder()
                .name("slurm_scheduler_last_cycle")
                .help("Duration of the last scheduler cycle, in microseconds")
                .callback(callback -> callback.call(lastMicros.get()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("slurm_scheduler_mean_cycle")
                .help("Mean duration of scheduler cycles since start-up, in microseconds")
                .callback(callback -> {
                    final long count = cycles.get();
                    callback.call(count == 0 ? 0 : (double) totalMicros.get() / count);
                })
                .register(registry);
    }

    /** Records one finished scheduler cycle that took {@code nanos}. */
    public void observeCycle(long nanos) {
        cycle.observe(Unit.nanosToSeconds(nanos));
        final long micros = nanos / 1000;
        lastMicros.set(micros);
        totalMicros.addAndGet(micros);
        cycles.incrementAndGet();
    }
}
