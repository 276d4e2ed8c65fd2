package org.flurm.core.scheduler;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The nodes and partitions of one snapshot, indexed for placement. Nodes are renumbered by
 * <em>rank</em>: their position in the order in which SLURM prefers them (Weight, then
 * slurm.conf order), so that walking a bitset of ranks visits nodes best-first. Every node set
 * inside the scheduler is a bitset of ranks.
 */
final class ClusterIndex {
    final int nodeCount;
    final int[] nodeAtRank;
    final int[] rankOfNode;
    final int[] cpus;
    final long[] memory;
    final int[] threadsPerCore;
    final BitSet schedulable = new BitSet();
    final List<SchedulerNode> nodes;
    final List<SchedulerPartition> partitions;
    final BitSet[] partitionRanks;
    final long[] partitionCpus;
    final int maxPriorityJobFactor;
    final Set<String> allFeatures = new TreeSet<>();

    private final Map<String, Integer> nodeByName = new HashMap<>();
    private final Map<String, Integer> partitionByName = new HashMap<>();
    private final Map<String, BitSet> featureRanks = new HashMap<>();
    private final Map<EligibleKey, BitSet> eligible = new HashMap<>();
    private static final BitSet UNPARSABLE = new BitSet(0);

    ClusterIndex(List<SchedulerNode> nodes, List<SchedulerPartition> partitions) {
        this.nodes = nodes;
        this.partitions = partitions;
        this.nodeCount = nodes.size();

        // Rank nodes by weight, then configuration order.
        nodeAtRank = IntStream.range(0, nodeCount).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> nodes.get(i).weight())
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        rankOfNode = new int[nodeCount];
        cpus = new int[nodeCount];
        memory = new long[nodeCount];
        threadsPerCore = new int[nodeCount];
        for (int rank = 0; rank < nodeCount; rank++) {
            int node = nodeAtRank[rank];
            SchedulerNode n = nodes.get(node);
            rankOfNode[node] = rank;
            cpus[rank] = n.cpus();
            memory[rank] = n.realMemoryMb();
            threadsPerCore[rank] = n.threadsPerCore();
            schedulable.set(rank, n.state().schedulable());
            nodeByName.put(n.name(), node);
            allFeatures.addAll(n.features());
        }

        // Partitions as rank sets, with their CPU totals and the largest job factor.
        partitionRanks = new BitSet[partitions.size()];
        partitionCpus = new long[partitions.size()];
        int maxFactor = 1;
        for (int p = 0; p < partitions.size(); p++) {
            SchedulerPartition part = partitions.get(p);
            partitionByName.put(part.name(), p);
            BitSet ranks = new BitSet(nodeCount);
            for (int node : part.nodes()) {
                if (node < 0 || node >= nodeCount) {
                    throw new IllegalArgumentException("partition " + part.name()
                            + " names node index " + node + " of " + nodeCount);
                }
                ranks.set(rankOfNode[node]);
            }
            partitionRanks[p] = ranks;
            partitionCpus[p] = ranks.stream().mapToLong(r -> cpus[r]).sum();
            maxFactor = Math.max(maxFactor, part.priorityJobFactor());
        }
        maxPriorityJobFactor = maxFactor;
    }

    /** The partition's position, or -1 if there is no such partition. */
    int partition(String name) {
        return partitionByName.getOrDefault(name, -1);
    }

    /** The rank of the named node, or -1 if there is no such node. */
    int rankOf(String nodeName) {
        Integer node = nodeByName.get(nodeName);
        return node == null ? -1 : rankOfNode[node];
    }

    /**
     * The ranks among {@code partRanks} whose features satisfy {@code constraint}, or null when
     * the constraint cannot be parsed. The set is shared: do not modify it.
     */
    BitSet eligibleRanks(BitSet partRanks, String constraint) {
        if (constraint.isEmpty()) {
            return partRanks;
        }
        BitSet features = featureRanks.computeIfAbsent(constraint, this::matching);
        if (features == UNPARSABLE) {
            return null;
        }
        return eligible.computeIfAbsent(new EligibleKey(partRanks, constraint), k -> {
            BitSet ranks = (BitSet) partRanks.clone();
            ranks.and(features);
            return ranks;
        });
    }

    private BitSet matching(String constraint) {
        FeatureExpression expression;
        try {
            expression = FeatureExpression.parse(constraint);
        } catch (IllegalArgumentException e) {
            return UNPARSABLE;
        }
        BitSet ranks = new BitSet(nodeCount);
        for (int rank = 0; rank < nodeCount; rank++) {
            if (expression.matches(nodes.get(nodeAtRank[rank]).features())) {
                ranks.set(rank);
            }
        }
        return ranks;
    }

    /** A partition's node set (by identity) and a constraint. */
    private record EligibleKey(BitSet partRanks, String constraint) {
        @Override
        public boolean equals(Object o) {
            return o instanceof EligibleKey k && k.partRanks == partRanks
                    && k.constraint.equals(constraint);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(partRanks) * 31 + constraint.hashCode();
        }
    }

    /** The names of the nodes in {@code ranks}, in slurm.conf order, comma separated. */
    String names(BitSet ranks) {
        return ranks.stream().map(r -> nodeAtRank[r]).sorted()
                .mapToObj(i -> nodes.get(i).name())
                .reduce((a, b) -> a + "," + b).orElse("");
    }
}
