package org.flurm.controller.metrics;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Node;
import org.flurm.core.state.Partition;
import org.flurm.metrics.ClusterCounts;
import org.flurm.metrics.ClusterCounts.CpuCounts;
import org.flurm.metrics.ClusterCounts.OwnerCounts;
import org.flurm.metrics.ClusterCounts.PartitionCounts;
import org.flurm.metrics.NodeStateGroup;
import org.flurm.metrics.QueueState;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.NodeState;

/**
 * Counts one snapshot of the state into the figures the metrics endpoint publishes: jobs by
 * squeue state, nodes by sinfo state, CPUs by use, and per partition, account and user.
 *
 * <p>LIMIT: the state does not record which CPUs of a node a job holds, so every CPU of an
 * allocated or mixed node counts as allocated.
 */
public final class SnapshotCounts {

    private SnapshotCounts() {
    }

    /** The figures for {@code state}. */
    public static ClusterCounts of(ClusterSnapshot state) {
        final Map<QueueState, Integer> jobs = new EnumMap<>(QueueState.class);
        final Map<String, int[]> pendingByPartition = new HashMap<>();
        final Map<String, long[]> accounts = new HashMap<>();
        final Map<String, long[]> users = new HashMap<>();
        int onDependency = 0;
        for (Job job : state.jobs()) {
            final QueueState queue = queueState(job.state());
            jobs.merge(queue, 1, Integer::sum);
            if (queue == QueueState.PENDING) {
                pendingByPartition.computeIfAbsent(partitionOf(state, job), p -> new int[1])[0]++;
                if (job.dependency() != null && !job.dependency().isEmpty()) {
                    onDependency++;
                }
            }
            count(accounts, job.account(), job, queue);
            count(users, job.userName() != null ? job.userName()
                    : Integer.toString(job.userId()), job, queue);
        }

        final Map<NodeStateGroup, Integer> nodes = new EnumMap<>(NodeStateGroup.class);
        state.nodes().forEach(node -> group(node).ifPresent(g -> nodes.merge(g, 1,
                Integer::sum)));

        final Map<String, PartitionCounts> partitions = new HashMap<>();
        for (Partition partition : state.partitions()) {
            final List<Node> members = partition.nodeIndexes().stream()
                    .map(state.nodes()::get).toList();
            final int[] pending = pendingByPartition.getOrDefault(partition.name(),
                    new int[1]);
            partitions.put(partition.name(), new PartitionCounts(cpus(members), pending[0]));
        }
        return new ClusterCounts(jobs, onDependency, nodes, cpus(state.nodes()), partitions,
                owners(accounts), owners(users));
    }

    private static String partitionOf(ClusterSnapshot state, Job job) {
        if (job.partition() != null) {
            return job.partition();
        }
        return state.defaultPartition().map(Partition::name).orElse("");
    }

    /** Adds {@code job} to its owner's pending, running, running-CPU and suspended counts. */
    private static void count(Map<String, long[]> owners, String owner, Job job,
                              QueueState queue) {
        if (owner == null || owner.isEmpty()) {
            return;
        }
        final long[] c = owners.computeIfAbsent(owner, o -> new long[4]);
        switch (queue) {
            case PENDING -> c[0]++;
            case RUNNING -> {
                c[1]++;
                c[2] += job.resources().minCpus();
            }
            case SUSPENDED -> c[3]++;
            default -> {
                // finished jobs are not part of an owner's current figures
            }
        }
    }

    private static Map<String, OwnerCounts> owners(Map<String, long[]> counts) {
        final Map<String, OwnerCounts> owners = new HashMap<>();
        counts.forEach((name, c) -> owners.put(name, new OwnerCounts((int) c[0], (int) c[1],
                c[2], (int) c[3])));
        return owners;
    }

    private static QueueState queueState(JobState state) {
        return switch (state) {
            case PENDING -> QueueState.PENDING;
            case RUNNING -> QueueState.RUNNING;
            case SUSPENDED -> QueueState.SUSPENDED;
            case COMPLETE -> QueueState.COMPLETED;
            case CANCELLED -> QueueState.CANCELLED;
            case TIMEOUT, DEADLINE -> QueueState.TIMEOUT;
            case NODE_FAIL -> QueueState.NODE_FAIL;
            case PREEMPTED -> QueueState.PREEMPTED;
            case FAILED, BOOT_FAIL, OOM -> QueueState.FAILED;
        };
    }

    /** sinfo's state group of {@code node}; unknown and future nodes are in none. */
    private static Optional<NodeStateGroup> group(Node node) {
        if (node.drain()) {
            return Optional.of(NodeStateGroup.DRAIN);
        }
        return switch (node.state()) {
            case DOWN -> Optional.of(NodeStateGroup.DOWN);
            case IDLE -> Optional.of(NodeStateGroup.IDLE);
            case ALLOCATED -> Optional.of(NodeStateGroup.ALLOC);
            case MIXED -> Optional.of(NodeStateGroup.MIX);
            case ERROR -> Optional.of(NodeStateGroup.ERR);
            case UNKNOWN, FUTURE -> Optional.empty();
        };
    }

    private static CpuCounts cpus(List<Node> nodes) {
        long allocated = 0;
        long idle = 0;
        long other = 0;
        for (Node node : nodes) {
            if (node.drain() || node.state() == NodeState.DOWN
                    || node.state() == NodeState.ERROR || node.state() == NodeState.UNKNOWN
                    || node.state() == NodeState.FUTURE) {
                other += node.cpus();
            } else if (node.state() == NodeState.IDLE) {
                idle += node.cpus();
            } else {
                allocated += node.cpus();
            }
        }
        return new CpuCounts(allocated, idle, other, allocated + idle + other);
    }
}
