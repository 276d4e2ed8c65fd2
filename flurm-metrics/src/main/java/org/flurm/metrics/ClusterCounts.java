package org.flurm.metrics;

import java.util.Map;

/**
 * What the cluster looks like at one moment, counted from the controller's snapshot: the
 * figures {@link ClusterGauges} publishes until the next update. States absent from the maps
 * count zero.
 *
 * @param jobs jobs by state
 * @param pendingOnDependency pending jobs waiting for a dependency
 * @param nodes nodes by state group
 * @param cpus the cluster's CPUs by use
 * @param partitions per partition name
 * @param accounts per account name
 * @param users per user name
 */
public record ClusterCounts(
        Map<QueueState, Integer> jobs,
        int pendingOnDependency,
        Map<NodeStateGroup, Integer> nodes,
        CpuCounts cpus,
        Map<String, PartitionCounts> partitions,
        Map<String, OwnerCounts> accounts,
        Map<String, OwnerCounts> users) {

    public ClusterCounts {
        jobs = Map.copyOf(jobs);
        nodes = Map.copyOf(nodes);
        partitions = Map.copyOf(partitions);
        accounts = Map.copyOf(accounts);
        users = Map.copyOf(users);
    }

    /** A cluster with nothing in it, what is published before the first update. */
    public static ClusterCounts empty() {
        return new ClusterCounts(Map.of(), 0, Map.of(), new CpuCounts(0, 0, 0, 0), Map.of(),
                Map.of(), Map.of());
    }

    /** Jobs in {@code state}. */
    public int jobsIn(QueueState state) {
        return jobs.getOrDefault(state, 0);
    }

    /** Nodes in {@code group}. */
    public int nodesIn(NodeStateGroup group) {
        return nodes.getOrDefault(group, 0);
    }

    /**
     * CPUs by use, as sinfo's {@code %C} splits them.
     *
     * @param other CPUs on nodes that can take no work (down, drained, failed)
     */
    public record CpuCounts(long allocated, long idle, long other, long total) {
    }

    /** One partition's CPUs and pending jobs. */
    public record PartitionCounts(CpuCounts cpus, int jobsPending) {
    }

    /** One account's or user's jobs and running CPUs. */
    public record OwnerCounts(int jobsPending, int jobsRunning, long cpusRunning,
                              int jobsSuspended) {
    }
}
