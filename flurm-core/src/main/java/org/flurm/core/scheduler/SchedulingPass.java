package org.flurm.core.scheduler;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one call to {@link Scheduler#schedule}: the job queue, what each job has been
 * decided so far, and what is free on each node. Runs the tests that keep a job out of the queue
 * and the main pass in priority order (slurmctld's {@code _schedule}); {@link BackfillPass}
 * continues from the state it leaves.
 */
final class SchedulingPass {

    /** SLURM's description when a partition has too few usable nodes left for a job. */
    static final String NODES_UNAVAILABLE = "Nodes required for job are DOWN, DRAINED or "
            + "reserved for jobs in higher priority partitions";

    /** One job in one of its partitions, as queued (SLURM's job_queue_rec). */
    record QueueEntry(int job, int partition, long priority, int tier, long submitTime,
            long jobId, int sequence, JobShape shape) {
    }

    /** SLURM's queue order (sort_job_queue2): tier, priority, submit time, job id. */
    private static int queueOrder(QueueEntry a, QueueEntry b) {
        int c = Integer.compare(b.tier(), a.tier());
        if (c == 0) {
            c = Long.compare(b.priority(), a.priority());
        }
        if (c == 0) {
            c = Long.compare(a.submitTime(), b.submitTime());
        }
        if (c == 0) {
            c = Long.compare(a.jobId(), b.jobId());
        }
        return c != 0 ? c : Integer.compare(a.sequence(), b.sequence());
    }

    final SchedulingInput input;
    final SchedulerConfig config;
    final ClusterIndex index;
    final NodeSelector selector;
    final long now;

    // Per pending job (input order): its reason so far, or its start, or its backfill plan.
    final JobStateReason[] reason;
    final String[] description;
    final JobDecision.Start[] start;
    final long[] plannedStart;
    final String[] plannedPartition;
    final List<List<NodeAllocation>> planned;

    // Per node (by rank): what is free now, after the jobs started so far.
    final int[] freeCpus;
    final long[] freeMemory;
    final List<long[]> releases = new ArrayList<>();

    List<QueueEntry> queue = List.of();
    private final PriorityPolicy priority;

    SchedulingPass(SchedulingInput input, SchedulerConfig config, PriorityPolicy priority) {
        this.input = input;
        this.config = config;
        this.priority = priority;
        this.now = input.now();
        this.index = new ClusterIndex(input.nodes(), input.partitions());
        this.selector = new NodeSelector(index);
        int jobs = input.pending().size();
        reason = new JobStateReason[jobs];
        description = new String[jobs];
        start = new JobDecision.Start[jobs];
        plannedStart = new long[jobs];
        plannedPartition = new String[jobs];
        planned = new ArrayList<>(jobs);
        for (int j = 0; j < jobs; j++) {
            planned.add(List.of());
        }
        freeCpus = new int[index.nodeCount];
        freeMemory = new long[index.nodeCount];
        accountRunningJobs();
    }

    /**
     * What is free now on each node is its size less the larger of what the node reports and
     * what its running jobs hold; each running job gives its share back at its end time.
     */
    private void accountRunningJobs() {
        int n = index.nodeCount;
        int[] jobCpus = new int[n];
        long[] jobMemory = new long[n];
        for (RunningJob job : input.running()) {
            for (NodeAllocation a : job.allocations()) {
                int rank = index.rankOfNode[a.node()];
                int cpus = job.exclusive() ? index.cpus[rank] : a.cpus();
                long memory = job.exclusive() ? index.memory[rank] : a.memoryMb();
                jobCpus[rank] += cpus;
                jobMemory[rank] += memory;
                releases.add(new long[] {rank, job.endTime(), cpus, memory});
            }
        }
        for (int rank = 0; rank < n; rank++) {
            SchedulerNode node = input.nodes().get(index.nodeAtRank[rank]);
            int used = Math.max(node.allocCpus(), jobCpus[rank]);
            long usedMemory = Math.max(node.allocMemoryMb(), jobMemory[rank]);
            freeCpus[rank] = Math.max(0, index.cpus[rank] - used);
            freeMemory[rank] = Math.max(0, index.memory[rank] - usedMemory);
        }
    }

    /**
     * Applies the tests that keep a job out of the queue (hold, dependency, array limit, begin
     * time, partition limits and state) and queues the rest, one entry per usable partition, in
     * SLURM's order: PriorityTier, priority, submit time, job id.
     */
    void queueJobs() {
        PriorityPolicy.Context context =
                new PriorityPolicy.Context(now, index.maxPriorityJobFactor);
        List<QueueEntry> entries = new ArrayList<>();
        List<PendingJob> pending = input.pending();
        for (int j = 0; j < pending.size(); j++) {
            PendingJob job = pending.get(j);
            JobStateReason jobReason = jobLevelReason(job);
            if (jobReason != null) {
                reason[j] = jobReason;
                continue;
            }
            for (String name : job.partitions()) {
                int p = index.partition(name);
                if (p < 0) {
                    reason[j] = JobStateReason.WAIT_PART_CONFIG;
                    continue;
                }
                SchedulerPartition partition = input.partitions().get(p);
                JobShape shape = JobShape.resolve(job.requirements(), partition,
                        index.partitionRanks[p], index, config);
                JobStateReason limit = partitionReason(job.requirements(), shape, p);
                if (limit != null) {
                    reason[j] = limit;
                    continue;
                }
                long prio = priority.priority(job, partition, context);
                entries.add(new QueueEntry(j, p, prio, partition.priorityTier(),
                        job.submitTime(), job.jobId(), entries.size(), shape));
            }
        }
        entries.sort(SchedulingPass::queueOrder);
        queue = entries;
    }

    /** Why the job cannot run whatever the partition (job_scheduler.c's order), or null. */
    private JobStateReason jobLevelReason(PendingJob job) {
        return switch (job.hold()) {
            case USER -> JobStateReason.WAIT_HELD_USER;
            case ADMIN -> JobStateReason.WAIT_HELD;
            case NONE -> switch (job.dependency()) {
                case WAITING -> JobStateReason.WAIT_DEPENDENCY;
                case NEVER_SATISFIED -> JobStateReason.WAIT_DEP_INVALID;
                case NONE, SATISFIED -> {
                    if (job.arrayTaskLimitReached()) {
                        yield JobStateReason.WAIT_ARRAY_TASK_LIMIT;
                    }
                    yield job.beginTime() > now ? JobStateReason.WAIT_TIME : null;
                }
            };
        };
    }

    /**
     * Why the job cannot run in partition {@code p} whatever the nodes (job_limits_check), or
     * null. As in SLURM, size and time limits are only checked in partitions that schedule.
     */
    private JobStateReason partitionReason(JobRequirements req, JobShape shape, int p) {
        SchedulerPartition part = input.partitions().get(p);
        if (part.state().schedulesJobs()) {
            if (req.timeLimitMinutes() != TimeLimit.NO_VAL
                    && req.timeLimitMinutes() > part.maxTimeMinutes()) {
                return JobStateReason.WAIT_PART_TIME_LIMIT;
            }
            if (shape.minCpus() > index.partitionCpus[p]) {
                return JobStateReason.WAIT_PART_CONFIG;
            }
            int totalNodes = part.nodes().size();
            if (shape.minNodes > totalNodes
                    || (req.minNodes() > 0 && req.minNodes() < part.minNodes())
                    || (req.maxNodes() > 0 && req.maxNodes() > part.maxNodes())
                    || shape.maxNodes < shape.minNodes) {
                return JobStateReason.WAIT_PART_NODE_LIMIT;
            }
        }
        if (part.state() == PartitionState.DOWN) {
            return JobStateReason.WAIT_PART_DOWN;
        }
        if (part.state() == PartitionState.INACTIVE) {
            return JobStateReason.WAIT_PART_INACTIVE;
        }
        if (shape.memoryKind == JobShape.MemoryKind.PER_NODE && part.maxMemPerNodeMb() > 0
                && shape.memoryMb > part.maxMemPerNodeMb()) {
            return JobStateReason.WAIT_PN_MEM_LIMIT;
        }
        return null;
    }

    /**
     * The main pass: in queue order, start what fits now. A job that waits for resources blocks
     * its partition (later jobs there wait with Priority) and takes the partition's nodes out of
     * play for the rest of the pass, so nothing of lower priority can take what it needs.
     */
    void mainPass() {
        BitSet avail = (BitSet) index.schedulable.clone();
        BitSet hasFree = new BitSet(index.nodeCount);
        for (int rank = 0; rank < index.nodeCount; rank++) {
            hasFree.set(rank, freeCpus[rank] > 0);
        }
        boolean[] blocked = new boolean[input.partitions().size()];
        AvailableCounts counts = new AvailableCounts(avail);
        ResourceView nowView = nowView();
        ResourceView empty = selector.emptyCluster();

        for (QueueEntry entry : queue) {
            int j = entry.job();
            int p = entry.partition();
            JobShape shape = entry.shape();
            if (start[j] != null) {
                continue;
            }

            // A blocked partition: the job waits behind the higher priority job.
            if (blocked[p]) {
                if (reason[j] == null || reason[j] == JobStateReason.WAIT_RESOURCES) {
                    setReason(j, JobStateReason.WAIT_PRIORITY, "");
                }
                continue;
            }

            // Too few usable nodes left in the partition: Resources, and the partition blocks.
            if (counts.in(p) < shape.minNodes) {
                setReason(j, JobStateReason.WAIT_RESOURCES, NODES_UNAVAILABLE);
                blockPartition(p, blocked, avail);
                counts.invalidate();
                continue;
            }

            // Required nodes that are down, drained or taken out of play.
            boolean failPartition = false;
            if (!isSubset(shape.required, avail)) {
                notAvailable(j, shape, p);
            } else {
                BitSet candidates = (BitSet) shape.eligible.clone();
                candidates.and(avail);
                candidates.and(hasFree);
                List<NodeSelector.Placement> placement = selector.place(shape, nowView,
                        candidates);
                if (placement != null) {
                    startJob(entry, placement, false);
                    for (NodeSelector.Placement pl : placement) {
                        hasFree.set(pl.rank(), freeCpus[pl.rank()] > 0);
                    }
                    continue;
                }
                failPartition = classifyFailure(j, shape, p, avail, empty);
            }

            // A job with a nodelist only holds back its own nodes, not the partition.
            if (!shape.required.isEmpty() && shape.required.cardinality() >= shape.minNodes) {
                failPartition = false;
                avail.andNot(shape.required);
                counts.invalidate();
            }
            if (failPartition) {
                blockPartition(p, blocked, avail);
                counts.invalidate();
            }
        }
    }

    /**
     * Why a job that does not fit now waits (node_scheduler.c's verdicts): it can never run
     * here (BadConstraints), it could run only on nodes now unusable (ReqNodeNotAvail), or the
     * usable nodes are busy (Resources). Returns whether the partition blocks.
     */
    private boolean classifyFailure(int j, JobShape shape, int p, BitSet avail,
            ResourceView empty) {
        if (selector.place(shape, empty, shape.eligible) == null) {
            // LIMIT: SLURM also sets the job's priority to 0 here; the controller should do so.
            if (input.pending().get(j).partitions().size() == 1 || reason[j] == null) {
                setReason(j, JobStateReason.FAIL_BAD_CONSTRAINTS, "");
            }
            return false;
        }
        BitSet usable = (BitSet) shape.eligible.clone();
        usable.and(avail);
        if (selector.place(shape, empty, usable) == null) {
            notAvailable(j, shape, p);
            return false;
        }
        setReason(j, JobStateReason.WAIT_RESOURCES, "");
        return true;
    }

    /** ReqNodeNotAvail, naming the partition's (or the nodelist's) unusable nodes. */
    private void notAvailable(int j, JobShape shape, int p) {
        BitSet down = (BitSet) index.partitionRanks[p].clone();
        down.andNot(index.schedulable);
        if (!shape.required.isEmpty()) {
            down.and(shape.required);
        }
        // LIMIT: the node names are listed comma separated, not as a compressed hostlist.
        String text = down.isEmpty() ? "ReqNodeNotAvail, May be reserved for other job"
                : "ReqNodeNotAvail, UnavailableNodes:" + index.names(down);
        setReason(j, JobStateReason.WAIT_NODE_NOT_AVAIL, text);
    }

    /** How many nodes of each partition are still in play, recounted only after a change. */
    private final class AvailableCounts {
        private final BitSet avail;
        private final int[] count = new int[input.partitions().size()];
        private final int[] countedAt = new int[input.partitions().size()];
        private int version = 1;

        AvailableCounts(BitSet avail) {
            this.avail = avail;
        }

        int in(int p) {
            if (countedAt[p] != version) {
                BitSet both = (BitSet) index.partitionRanks[p].clone();
                both.and(avail);
                count[p] = both.cardinality();
                countedAt[p] = version;
            }
            return count[p];
        }

        void invalidate() {
            version++;
        }
    }

    private void blockPartition(int p, boolean[] blocked, BitSet avail) {
        blocked[p] = true;
        avail.andNot(index.partitionRanks[p]);
    }

    void setReason(int j, JobStateReason value, String text) {
        reason[j] = value;
        description[j] = text;
    }

    /** Records the start, takes the resources now and schedules their return at the end. */
    void startJob(QueueEntry entry, List<NodeSelector.Placement> placement, boolean backfilled) {
        int j = entry.job();
        long end = TimeLimit.end(now, entry.shape().timeLimitMinutes);
        List<NodeAllocation> allocations = new ArrayList<>(placement.size());
        for (NodeSelector.Placement pl : placement) {
            freeCpus[pl.rank()] -= pl.cpus();
            freeMemory[pl.rank()] -= pl.memoryMb();
            releases.add(new long[] {pl.rank(), end, pl.cpus(), pl.memoryMb()});
            allocations.add(new NodeAllocation(index.nodeAtRank[pl.rank()], pl.cpus(),
                    pl.memoryMb()));
        }
        allocations.sort(Comparator.comparingInt(NodeAllocation::node));
        start[j] = new JobDecision.Start(input.pending().get(j).jobId(),
                input.partitions().get(entry.partition()).name(), allocations,
                entry.shape().timeLimitMinutes, backfilled);
        reason[j] = null;
        description[j] = null;
    }

    private ResourceView nowView() {
        return new ResourceView() {
            @Override
            public int freeCpus(int rank) {
                return freeCpus[rank];
            }

            @Override
            public long freeMemory(int rank) {
                return freeMemory[rank];
            }
        };
    }

    private static boolean isSubset(BitSet subset, BitSet of) {
        BitSet rest = (BitSet) subset.clone();
        rest.andNot(of);
        return rest.isEmpty();
    }

    /** One decision per pending job, in input order. */
    SchedulingResult result() {
        List<JobDecision> decisions = new ArrayList<>(start.length);
        for (int j = 0; j < start.length; j++) {
            if (start[j] != null) {
                decisions.add(start[j]);
                continue;
            }
            JobStateReason why = reason[j] == null ? JobStateReason.FAIL_BAD_CONSTRAINTS
                    : reason[j];
            String text = description[j] == null ? "" : description[j];
            String part = plannedPartition[j] == null ? "" : plannedPartition[j];
            decisions.add(new JobDecision.Pending(input.pending().get(j).jobId(), why, text,
                    plannedStart[j], part, planned.get(j)));
        }
        return new SchedulingResult(decisions);
    }
}
