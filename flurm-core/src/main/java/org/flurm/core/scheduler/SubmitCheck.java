package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The tests slurmctld makes when a job is submitted (job_mgr.c's partition checks and the
 * "could this ever run" node test): refuse what no combination of the partition's nodes could
 * ever satisfy, refuse or hold what breaks a partition limit depending on EnforcePartLimits, and
 * accept the rest.
 */
public final class SubmitCheck {

    /** slurm.conf EnforcePartLimits. */
    public enum EnforcePartLimits {
        /** Limits are not enforced at submission: the job is accepted and pends. */
        NO,
        /** Refuse only if no requested partition's limits are met. */
        ANY,
        /** Refuse if any requested partition's limits are not met. */
        ALL
    }

    private final ClusterIndex index;
    private final NodeSelector selector;
    private final List<SchedulerPartition> partitions;
    private final SchedulerConfig config;
    private final EnforcePartLimits enforce;

    public SubmitCheck(List<SchedulerNode> nodes, List<SchedulerPartition> partitions,
            SchedulerConfig config, EnforcePartLimits enforce) {
        this.partitions = List.copyOf(partitions);
        this.index = new ClusterIndex(List.copyOf(nodes), this.partitions);
        this.selector = new NodeSelector(index);
        this.config = config;
        this.enforce = enforce;
    }

    /** Checks a job asking for one partition. */
    // LIMIT: Alternate partitions are not followed, and access rules (AllowGroups,
    // AllowAccounts, AllowQos, RootOnly, ReqResv) are not checked here.
    public SubmitVerdict check(JobRequirements req, String partition) {
        return check(req, List.of(partition));
    }

    /** Checks a job asking for the listed partitions (sbatch {@code -p a,b}). */
    public SubmitVerdict check(JobRequirements req, List<String> partitionNames) {

        // Every name must exist; partitions that take no submissions drop out.
        List<Integer> usable = new ArrayList<>();
        for (String name : partitionNames) {
            int p = index.partition(name);
            if (p < 0) {
                return reject(SlurmErrno.ESLURM_INVALID_PARTITION_NAME,
                        "invalid partition specified: " + name);
            }
            if (partitions.get(p).state().acceptsSubmissions()) {
                usable.add(p);
            }
        }
        if (usable.isEmpty()) {
            return reject(SlurmErrno.ESLURM_PARTITION_NOT_AVAIL,
                    "partition " + String.join(",", partitionNames) + " is drained or inactive");
        }

        // Node names and features must exist in the cluster.
        for (String name : req.requiredNodes()) {
            if (index.rankOf(name) < 0) {
                return reject(SlurmErrno.ESLURM_INVALID_NODE_NAME, "invalid node name " + name);
            }
        }
        SubmitVerdict featureProblem = checkFeatures(req.constraint());
        if (featureProblem != null) {
            return featureProblem;
        }

        // Partition limits, enforced per EnforcePartLimits.
        SlurmErrno lastFailure = null;
        boolean anyPassed = false;
        for (int p : usable) {
            SlurmErrno failure = accessFailure(req, p);
            if (failure == null) {
                anyPassed = true;
            } else {
                lastFailure = failure;
                if (enforce == EnforcePartLimits.ALL) {
                    return reject(failure, "job breaks a limit of partition "
                            + partitions.get(p).name());
                }
            }
        }
        if (enforce == EnforcePartLimits.ANY && !anyPassed) {
            return reject(lastFailure, "job breaks a limit of every requested partition");
        }

        // Checks made whatever the enforcement: a default time of 0, then node shapes.
        for (int p : usable) {
            SchedulerPartition part = partitions.get(p);
            if (req.timeLimitMinutes() == TimeLimit.NO_VAL && part.defaultTimeMinutes() == 0) {
                return reject(SlurmErrno.ESLURM_INVALID_TIME_LIMIT,
                        "partition " + part.name() + " has DefaultTime=0 and no limit was given");
            }
        }
        boolean everRunnable = false;
        for (int p : usable) {
            if (couldEverRun(req, p)) {
                everRunnable = true;
            }
        }
        if (!everRunnable) {
            return reject(SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE,
                    "no combination of the partition's nodes can satisfy the request");
        }

        // Accepted: it runs if some partition has no limit in its way, else it pends.
        JobStateReason firstReason = null;
        for (int p : usable) {
            JobStateReason why = pendingReason(req, p);
            if (why == null) {
                return SubmitVerdict.ACCEPT;
            }
            if (firstReason == null) {
                firstReason = why;
            }
        }
        return new SubmitVerdict.AcceptPending(firstReason);
    }

    private SubmitVerdict checkFeatures(String constraint) {
        FeatureExpression expression;
        try {
            expression = FeatureExpression.parse(constraint);
        } catch (IllegalArgumentException e) {
            return reject(SlurmErrno.ESLURM_INVALID_FEATURE, e.getMessage());
        }
        for (String name : expression.names()) {
            if (!index.allFeatures.contains(name)) {
                return reject(SlurmErrno.ESLURM_INVALID_FEATURE, "no node has feature " + name);
            }
        }
        return null;
    }

    /**
     * The first partition limit the request breaks (_part_access_check plus the memory limit),
     * or null. As in SLURM, size and time limits only apply to partitions that schedule.
     */
    private SlurmErrno accessFailure(JobRequirements req, int p) {
        SchedulerPartition part = partitions.get(p);
        JobShape shape = shape(req, p);
        if (part.state().schedulesJobs()) {
            if (shape.minCpus() > index.partitionCpus[p]) {
                return SlurmErrno.ESLURM_TOO_MANY_REQUESTED_CPUS;
            }
            if (shape.minNodes > part.nodes().size()) {
                return SlurmErrno.ESLURM_INVALID_NODE_COUNT;
            }
            for (String name : req.requiredNodes()) {
                if (!index.partitionRanks[p].get(index.rankOf(name))) {
                    return SlurmErrno.ESLURM_REQUESTED_NODES_NOT_IN_PARTITION;
                }
            }
            if (nodeLimitBroken(req, part)) {
                return SlurmErrno.ESLURM_INVALID_NODE_COUNT;
            }
            if (timeLimitBroken(req, part)) {
                return SlurmErrno.ESLURM_INVALID_TIME_LIMIT;
            }
        }
        if (memoryLimitBroken(shape, part)) {
            return SlurmErrno.ESLURM_INVALID_TASK_MEMORY;
        }
        return null;
    }

    /** Why an accepted job would wait in partition {@code p} whatever the nodes, or null. */
    private JobStateReason pendingReason(JobRequirements req, int p) {
        SchedulerPartition part = partitions.get(p);
        if (part.state() == PartitionState.DOWN) {
            return JobStateReason.WAIT_PART_DOWN;
        }
        if (timeLimitBroken(req, part)) {
            return JobStateReason.WAIT_PART_TIME_LIMIT;
        }
        if (nodeLimitBroken(req, part) || shape(req, p).minNodes > part.nodes().size()) {
            return JobStateReason.WAIT_PART_NODE_LIMIT;
        }
        if (memoryLimitBroken(shape(req, p), part)) {
            return JobStateReason.WAIT_PN_MEM_LIMIT;
        }
        return null;
    }

    /**
     * Whether some combination of the partition's nodes, all idle and whatever their state,
     * could run the job. Partition node limits are left out: breaking them makes a job wait,
     * not fail.
     */
    private boolean couldEverRun(JobRequirements req, int p) {
        JobShape shape = shape(req, p);
        shape.maxNodes = req.maxNodes() > 0 ? req.maxNodes() : SchedulerPartition.UNLIMITED;
        if (shape.minNodes > shape.maxNodes) {
            return false;
        }
        BitSet all = shape.eligible;
        return selector.place(shape, selector.emptyCluster(), all) != null;
    }

    private JobShape shape(JobRequirements req, int p) {
        return JobShape.resolve(req, partitions.get(p), index.partitionRanks[p], index, config);
    }

    private static boolean nodeLimitBroken(JobRequirements req, SchedulerPartition part) {
        return (req.minNodes() > 0 && req.minNodes() < part.minNodes())
                || (req.minNodes() > part.maxNodes())
                || (req.maxNodes() > 0 && req.maxNodes() > part.maxNodes());
    }

    private static boolean timeLimitBroken(JobRequirements req, SchedulerPartition part) {
        return req.timeLimitMinutes() != TimeLimit.NO_VAL
                && req.timeLimitMinutes() > part.maxTimeMinutes();
    }

    private static boolean memoryLimitBroken(JobShape shape, SchedulerPartition part) {
        return shape.memoryKind == JobShape.MemoryKind.PER_NODE && part.maxMemPerNodeMb() > 0
                && shape.memoryMb > part.maxMemPerNodeMb();
    }

    private static SubmitVerdict reject(SlurmErrno error, String message) {
        return new SubmitVerdict.Reject(error, message);
    }
}
