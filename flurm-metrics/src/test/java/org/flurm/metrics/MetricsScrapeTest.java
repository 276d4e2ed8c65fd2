package org.flurm.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flurm.metrics.ClusterCounts.CpuCounts;
import org.flurm.metrics.ClusterCounts.OwnerCounts;
import org.flurm.metrics.ClusterCounts.PartitionCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsScrapeTest {

    private final FlurmMetrics metrics = new FlurmMetrics();
    private volatile boolean healthy = true;
    private MetricsServer server;

    @BeforeEach
    void start() throws Exception {
        server = MetricsServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Optional.empty(),
                metrics.registry(), () -> healthy);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void flurmFiguresAreScrapedWithTheirValues() throws Exception {
        feed();

        final Map<String, String> samples = scrape();

        assertThat(samples).containsAllEntriesOf(Map.ofEntries(
                Map.entry("flurm_jobs{state=\"pending\"}", "5.0"),
                Map.entry("flurm_jobs{state=\"running\"}", "2.0"),
                Map.entry("flurm_jobs{state=\"node_fail\"}", "1.0"),
                Map.entry("flurm_jobs{state=\"completed\"}", "0.0"),
                Map.entry("flurm_nodes{state=\"alloc\"}", "2.0"),
                Map.entry("flurm_nodes{state=\"drain\"}", "1.0"),
                Map.entry("flurm_cpus{state=\"total\"}", "64.0"),
                Map.entry("flurm_queue_depth", "5.0"),
                Map.entry("flurm_requests_total{type=\"REQUEST_JOB_INFO\"}", "2.0"),
                Map.entry("flurm_request_duration_seconds_count{type=\"REQUEST_JOB_INFO\"}",
                        "2"),
                Map.entry("flurm_request_duration_seconds_sum{type=\"REQUEST_JOB_INFO\"}",
                        "0.004"),
                Map.entry("flurm_authentication_failures_total", "1.0"),
                Map.entry("flurm_authorization_denials_total{request=\"REQUEST_UPDATE_NODE\"}",
                        "1.0"),
                Map.entry("flurm_rate_limit_rejections_total{kind=\"SUBMIT\"}", "1.0"),
                Map.entry("flurm_scheduler_cycle_seconds_count", "2"),
                Map.entry("flurm_scheduler_cycle_seconds_sum", "0.006")));
    }

    @Test
    void prometheusSlurmExporterNamesAreScrapedWithTheirValues() throws Exception {
        feed();

        final Map<String, String> samples = scrape();

        assertThat(samples).containsAllEntriesOf(Map.ofEntries(
                Map.entry("slurm_nodes_alloc", "2.0"),
                Map.entry("slurm_nodes_idle", "1.0"),
                Map.entry("slurm_nodes_drain", "1.0"),
                Map.entry("slurm_nodes_down", "0.0"),
                Map.entry("slurm_cpus_alloc", "48.0"),
                Map.entry("slurm_cpus_idle", "8.0"),
                Map.entry("slurm_cpus_other", "8.0"),
                Map.entry("slurm_cpus_total", "64.0"),
                Map.entry("slurm_queue_pending", "5.0"),
                Map.entry("slurm_queue_pending_dependency", "3.0"),
                Map.entry("slurm_queue_running", "2.0"),
                Map.entry("slurm_queue_node_fail", "1.0"),
                Map.entry("slurm_partition_cpus_allocated{partition=\"batch\"}", "32.0"),
                Map.entry("slurm_partition_cpus_total{partition=\"batch\"}", "32.0"),
                Map.entry("slurm_partition_jobs_pending{partition=\"batch\"}", "4.0"),
                Map.entry("slurm_account_jobs_pending{account=\"physics\"}", "5.0"),
                Map.entry("slurm_account_jobs_running{account=\"physics\"}", "2.0"),
                Map.entry("slurm_account_cpus_running{account=\"physics\"}", "48.0"),
                Map.entry("slurm_user_jobs_running{user=\"alice\"}", "1.0"),
                Map.entry("slurm_scheduler_last_cycle", "4000.0"),
                Map.entry("slurm_scheduler_mean_cycle", "3000.0")));
    }

    @Test
    void anUpdateReplacesTheWholeSnapshot() throws Exception {
        feed();
        metrics.cluster().update(ClusterCounts.empty());

        final Map<String, String> samples = scrape();

        assertThat(samples).containsEntry("slurm_queue_pending", "0.0")
                .containsEntry("slurm_cpus_total", "0.0")
                .doesNotContainKey("slurm_partition_cpus_total{partition=\"batch\"}")
                .doesNotContainKey("slurm_user_jobs_running{user=\"alice\"}");
    }

    @Test
    void healthAnswersOkWhileHealthyAnd503Otherwise() throws Exception {
        final HttpResponse<String> up = Http.get(server.port(), "/health");
        healthy = false;
        final HttpResponse<String> down = Http.get(server.port(), "/health");

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("ok\n");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("unavailable\n");
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        assertThat(Http.get(server.port(), "/secrets").statusCode()).isEqualTo(404);
    }

    private void feed() {
        metrics.cluster().update(new ClusterCounts(
                Map.of(QueueState.PENDING, 5, QueueState.RUNNING, 2, QueueState.NODE_FAIL, 1),
                3,
                Map.of(NodeStateGroup.ALLOC, 2, NodeStateGroup.IDLE, 1, NodeStateGroup.DRAIN, 1),
                new CpuCounts(48, 8, 8, 64),
                Map.of("batch", new PartitionCounts(new CpuCounts(32, 0, 0, 32), 4)),
                Map.of("physics", new OwnerCounts(5, 2, 48, 0)),
                Map.of("alice", new OwnerCounts(3, 1, 16, 0))));
        metrics.requests().observe("REQUEST_JOB_INFO", 1_500_000);
        metrics.requests().observe("REQUEST_JOB_INFO", 2_500_000);
        metrics.security().authenticationFailed();
        metrics.security().authorizationDenied("REQUEST_UPDATE_NODE");
        metrics.security().rateLimited("SUBMIT");
        metrics.scheduler().observeCycle(2_000_000);
        metrics.scheduler().observeCycle(4_000_000);
    }

    /** The samples of a scrape, each name with its labels mapped to the value as written. */
    private Map<String, String> scrape() throws Exception {
        final HttpResponse<String> response = Http.get(server.port(), "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        final Map<String, String> samples = new LinkedHashMap<>();
        response.body().lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> samples.put(line.substring(0, line.lastIndexOf(' ')),
                        line.substring(line.lastIndexOf(' ') + 1)));
        return samples;
    }
}
