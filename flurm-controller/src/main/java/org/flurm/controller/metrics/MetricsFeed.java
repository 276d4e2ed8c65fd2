package org.flurm.controller.metrics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flurm.core.replication.CommandLog;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.metrics.FlurmMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the published cluster figures current: at a fixed interval, counts the latest
 * snapshot when the state has moved on since the last count.
 */
public final class MetricsFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsFeed.class);

    private final CommandLog log;
    private final FlurmMetrics metrics;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("metrics-feed").daemon(true).factory());
    private long countedIndex = -1;

    public MetricsFeed(CommandLog log, FlurmMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    /** Counts now, then every {@code intervalMillis}. */
    public void start(long intervalMillis) {
        timer.scheduleWithFixedDelay(this::update, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void update() {
        try {
            final ClusterSnapshot state = log.snapshot();
            if (state.appliedIndex() != countedIndex) {
                metrics.cluster().update(SnapshotCounts.of(state));
                countedIndex = state.appliedIndex();
            }
        } catch (RuntimeException e) {
            LOG.warn("counting the state for metrics failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
