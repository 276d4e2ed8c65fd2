package org.flurm.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.flurm.metrics.ClusterCounts.CpuCounts;
import org.flurm.metrics.ClusterCounts.OwnerCounts;
import org.flurm.metrics.ClusterCounts.PartitionCounts;

/**
 * The cluster's state as gauges: FLURM's own {@code flurm_jobs}, {@code flurm_nodes},
 * {@code flurm_cpus} and {@code flurm_queue_depth}, and the figures prometheus-slurm-exporter
 * (vpenso) publishes under the same names, so dashboards built for it keep working:
 * {@code slurm_queue_*}, {@code slurm_nodes_*}, {@code slurm_cpus_*},
 * {@code slurm_partition_*}, {@code slurm_account_*} and {@code slurm_user_*}.
 *
 * <p>The controller calls {@link #update} with counts from its latest snapshot; a scrape
 * reads whichever counts were set last, whole, so a scrape never mixes two snapshots.
 *
 * <p>LIMIT: the Prometheus Java client refuses gauge names ending in {@code _total}, so
 * {@code slurm_cpus_total} and {@code slurm_partition_cpus_total} are published as counters
 * named {@code slurm_cpus} and {@code slurm_partition_cpus}, whose samples the text format
 * writes as {@code slurm_cpus_total} and {@code slurm_partition_cpus_total}. Queries by name
 * work unchanged; the TYPE line says counter where the exporter says gauge.
 */
public final class ClusterGauges implements MultiCollector {

    private volatile ClusterCounts counts = ClusterCounts.empty();

    /** Creates the gauges and registers them with {@code registry}. */
    public ClusterGauges(PrometheusRegistry registry) {
        registry.register(this);
    }

    /** Publishes {@code latest} from now on. */
    public void update(ClusterCounts latest) {
        counts = latest;
    }

    @Override
    public MetricSnapshots collect() {
        final ClusterCounts c = counts;
        final List<MetricSnapshot> out = new ArrayList<>();

        // FLURM's own figures, one labelled gauge each
        final GaugeSnapshot.Builder jobs = gauge("flurm_jobs", "Jobs by state");
        for (QueueState state : QueueState.values()) {
            jobs.dataPoint(point(c.jobsIn(state), "state", state.label()));
        }
        out.add(jobs.build());
        final GaugeSnapshot.Builder nodes = gauge("flurm_nodes", "Nodes by state");
        for (NodeStateGroup group : NodeStateGroup.values()) {
            nodes.dataPoint(point(c.nodesIn(group), "state", group.label()));
        }
        out.add(nodes.build());
        out.add(gauge("flurm_cpus", "CPUs by use")
                .dataPoint(point(c.cpus().allocated(), "state", "alloc"))
                .dataPoint(point(c.cpus().idle(), "state", "idle"))
                .dataPoint(point(c.cpus().other(), "state", "other"))
                .dataPoint(point(c.cpus().total(), "state", "total"))
                .build());
        out.add(single("flurm_queue_depth", "Jobs waiting to be scheduled",
                c.jobsIn(QueueState.PENDING)));

        // prometheus-slurm-exporter's names
        for (QueueState state : QueueState.values()) {
            out.add(single("slurm_queue_" + state.label(), "Jobs in state " + state.name(),
                    c.jobsIn(state)));
        }
        out.add(single("slurm_queue_pending_dependency",
                "Pending jobs waiting for a dependency", c.pendingOnDependency()));
        for (NodeStateGroup group : NodeStateGroup.values()) {
            out.add(single("slurm_nodes_" + group.label(), "Nodes in state " + group.label(),
                    c.nodesIn(group)));
        }
        out.addAll(cpus(c.cpus()));
        out.addAll(partitions(c.partitions()));
        out.addAll(owners("account", c.accounts()));
        out.addAll(owners("user", c.users()));
        return new MetricSnapshots(out);
    }

    private static List<MetricSnapshot> cpus(CpuCounts cpus) {
        return List.of(
                single("slurm_cpus_alloc", "Allocated CPUs", cpus.allocated()),
                single("slurm_cpus_idle", "Idle CPUs", cpus.idle()),
                single("slurm_cpus_other", "CPUs on nodes that take no work", cpus.other()),
                CounterSnapshot.builder().name("slurm_cpus").help("Total CPUs")
                        .dataPoint(CounterDataPointSnapshot.builder().value(cpus.total())
                                .build())
                        .build());
    }

    private static List<MetricSnapshot> partitions(Map<String, PartitionCounts> partitions) {
        final Map<String, PartitionCounts> sorted = new TreeMap<>(partitions);
        final List<MetricSnapshot> out = new ArrayList<>();
        out.add(perName("slurm_partition_cpus_allocated", "Allocated CPUs of the partition",
                "partition", sorted, p -> p.cpus().allocated()));
        out.add(perName("slurm_partition_cpus_idle", "Idle CPUs of the partition",
                "partition", sorted, p -> p.cpus().idle()));
        out.add(perName("slurm_partition_cpus_other", "Other CPUs of the partition",
                "partition", sorted, p -> p.cpus().other()));
        out.add(perName("slurm_partition_jobs_pending", "Pending jobs of the partition",
                "partition", sorted, PartitionCounts::jobsPending));
        final CounterSnapshot.Builder total = CounterSnapshot.builder()
                .name("slurm_partition_cpus").help("Total CPUs of the partition");
        sorted.forEach((name, p) -> total.dataPoint(CounterDataPointSnapshot.builder()
                .value(p.cpus().total()).labels(Labels.of("partition", name)).build()));
        out.add(total.build());
        return out;
    }

    private static List<MetricSnapshot> owners(String label, Map<String, OwnerCounts> owners) {
        final Map<String, OwnerCounts> sorted = new TreeMap<>(owners);
        final String prefix = "slurm_" + label + "_";
        return List.of(
                perName(prefix + "jobs_pending", "Pending jobs per " + label, label, sorted,
                        OwnerCounts::jobsPending),
                perName(prefix + "jobs_running", "Running jobs per " + label, label, sorted,
                        OwnerCounts::jobsRunning),
                perName(prefix + "cpus_running", "CPUs of running jobs per " + label, label,
                        sorted, OwnerCounts::cpusRunning),
                perName(prefix + "jobs_suspended", "Suspended jobs per " + label, label,
                        sorted, OwnerCounts::jobsSuspended));
    }

    private static <T> GaugeSnapshot perName(String name, String help, String label,
                                             Map<String, T> values, ToDoubleFunction<T> value) {
        final GaugeSnapshot.Builder gauge = gauge(name, help);
        values.forEach((key, counts) ->
                gauge.dataPoint(point(value.applyAsDouble(counts), label, key)));
        return gauge.build();
    }

    private static GaugeSnapshot single(String name, String help, double value) {
        return gauge(name, help)
                .dataPoint(GaugeDataPointSnapshot.builder().value(value).build())
                .build();
    }

    private static GaugeSnapshot.Builder gauge(String name, String help) {
        return GaugeSnapshot.builder().name(name).help(help);
    }

    private static GaugeDataPointSnapshot point(double value, String label, String labelValue) {
        return GaugeDataPointSnapshot.builder().value(value)
                .labels(Labels.of(label, labelValue)).build();
    }
}
