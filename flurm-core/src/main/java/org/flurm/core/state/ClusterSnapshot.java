package org.flurm.core.state;

import java.util.List;
import java.util.Optional;

/**
 * The whole cluster state at one point of the command log, immutable: every query (squeue,
 * sinfo, scontrol show) and the scheduler read one of these, so none of them ever waits for
 * the writer nor makes it wait.
 *
 * @param appliedIndex         the log index of the last command applied (0 for none)
 * @param firstJobId           slurm.conf's FirstJobId
 * @param maxJobId             slurm.conf's MaxJobId
 * @param nextJobId            the id the next submission gets
 * @param jobs                 every job the controller still remembers
 * @param nodes                the nodes, in slurm.conf's order
 * @param partitions           the partitions, in slurm.conf's order
 * @param lastJobUpdate        when a job last changed (epoch seconds), for the clients'
 *                             "no change since" short cut
 * @param lastNodeUpdate       when a node last changed
 * @param lastPartitionUpdate  when a partition last changed
 */
public record ClusterSnapshot(long appliedIndex, int firstJobId, int maxJobId, int nextJobId,
                              JobTable jobs, List<Node> nodes, List<Partition> partitions,
                              long lastJobUpdate, long lastNodeUpdate,
                              long lastPartitionUpdate) {

    public ClusterSnapshot {
        nodes = List.copyOf(nodes);
        partitions = List.copyOf(partitions);
    }

    public Optional<Job> job(int jobId) {
        return jobs.get(jobId);
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The index of node {@code name} in the node order, or -1. */
    public int nodeIndex(String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Partition> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Partition> defaultPartition() {
        return partitions.stream().filter(Partition::isDefault).findFirst();
    }
}
