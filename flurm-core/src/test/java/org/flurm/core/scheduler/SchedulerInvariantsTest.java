package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random clusters and job mixes (fixed seed) checked against what must hold whatever the
 * policy details: one decision per job, no node ever over-allocated now or at any later time
 * once reservations are counted (so no start delays a reservation), only runnable jobs started,
 * and the same decisions for the same input in any order.
 */
class SchedulerInvariantsTest {
    private static final long NOW = 5_000_000;
    private static final String[] CONSTRAINTS = {"", "", "", "a", "a&b", "a|c", "b|c&a", "d"};

    @Test
    void fiveHundredRandomPassesKeepEveryInvariant() {
        Random random = new Random(20_260_512L);
        for (int round = 0; round < 500; round++) {
            SchedulingInput input = randomInput(random);
            SchedulerConfig config = SchedulerConfig.DEFAULTS
                    .withBfMaxJobTest(new int[] {1, 5, 500}[random.nextInt(3)]);
            PriorityPolicy policy = random.nextBoolean() ? new BasicPriority()
                    : new MultifactorPriority(1000, 3600, 500);
            Scheduler scheduler = new Scheduler(config, policy);
            SchedulingResult result = scheduler.schedule(input);
            String where = "round " + round;

            assertOneDecisionPerJob(input, result, where);
            assertStartsAreRunnableAndWellFormed(input, result, where);
            assertNoNodeIsEverOverAllocated(input, result, config, where);
            assertDeterministic(scheduler, input, result, random, where);
        }
    }

    private static void assertOneDecisionPerJob(SchedulingInput input, SchedulingResult result,
            String where) {
        assertThat(result.decisions()).as(where).extracting(JobDecision::jobId)
                .containsExactlyElementsOf(input.pending().stream().map(PendingJob::jobId)
                        .toList());
        for (JobDecision d : result.decisions()) {
            if (d instanceof JobDecision.Pending p) {
                assertThat(p.reason()).as(where).isNotNull()
                        .isNotEqualTo(JobStateReason.WAIT_NO_REASON);
                assertThat(p.plannedStart() == 0).as(where)
                        .isEqualTo(p.plannedAllocations().isEmpty());
                if (p.plannedStart() != 0) {
                    assertThat(p.plannedStart()).as(where).isGreaterThan(NOW);
                    assertThat(p.reason()).as(where).isIn(JobStateReason.WAIT_PRIORITY,
                            JobStateReason.WAIT_RESOURCES);
                }
            }
        }
    }

    private static void assertStartsAreRunnableAndWellFormed(SchedulingInput input,
            SchedulingResult result, String where) {
        Map<Long, PendingJob> jobs = new HashMap<>();
        input.pending().forEach(j -> jobs.put(j.jobId(), j));
        for (JobDecision.Start s : result.started()) {
            PendingJob job = jobs.get(s.jobId());
            JobRequirements req = job.requirements();
            String what = where + " job " + s.jobId();
            assertThat(job.hold()).as(what).isEqualTo(Hold.NONE);
            assertThat(job.dependency()).as(what).isIn(DependencyState.NONE,
                    DependencyState.SATISFIED);
            assertThat(job.arrayTaskLimitReached()).as(what).isFalse();
            assertThat(job.beginTime()).as(what).isLessThanOrEqualTo(NOW);
            assertThat(job.partitions()).as(what).contains(s.partition());

            SchedulerPartition part = input.partitions().stream()
                    .filter(p -> p.name().equals(s.partition())).findFirst().orElseThrow();
            assertThat(part.state().schedulesJobs()).as(what).isTrue();
            FeatureExpression constraint = FeatureExpression.parse(req.constraint());
            Set<String> names = new TreeSet<>();
            long cpus = 0;
            for (NodeAllocation a : s.allocations()) {
                SchedulerNode node = input.nodes().get(a.node());
                names.add(node.name());
                cpus += a.cpus();
                assertThat(part.nodes()).as(what).contains(a.node());
                assertThat(node.state().schedulable()).as(what).isTrue();
                assertThat(req.excludedNodes()).as(what).doesNotContain(node.name());
                assertThat(constraint.matches(node.features())).as(what).isTrue();
                assertThat(a.cpus()).as(what).isPositive();
            }
            assertThat(names).as(what).containsAll(req.requiredNodes());
            assertThat(s.allocations().size()).as(what)
                    .isGreaterThanOrEqualTo(Math.max(1, req.minNodes()));
            if (req.maxNodes() > 0) {
                assertThat(s.allocations().size()).as(what).isLessThanOrEqualTo(req.maxNodes());
            }
            int tasks = Math.max(Math.max(req.numTasks(), Math.max(1, req.minNodes())),
                    Math.max(1, req.minNodes()) * Math.max(1, req.ntasksPerNode()));
            if (req.numTasks() > 0) {
                tasks = Math.max(req.numTasks(), Math.max(1, req.minNodes()));
            }
            assertThat(cpus).as(what).isGreaterThanOrEqualTo((long) tasks * req.cpusPerTask());
            assertThat(s.timeLimitMinutes()).as(what).isLessThanOrEqualTo(part.maxTimeMinutes());
        }
    }

    /**
     * At now and at every later time something changes, what running jobs, started jobs and
     * backfill reservations hold on each node fits in the node.
     */
    private static void assertNoNodeIsEverOverAllocated(SchedulingInput input,
            SchedulingResult result, SchedulerConfig config, String where) {
        int n = input.nodes().size();
        List<List<long[]>> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            spans.add(new ArrayList<>());
        }
        long[] jobCpus = new long[n];
        long[] jobMemory = new long[n];
        for (RunningJob job : input.running()) {
            long end = job.endTime() == Long.MAX_VALUE ? Long.MAX_VALUE
                    : Math.max(job.endTime(), NOW + 1);
            for (NodeAllocation a : job.allocations()) {
                SchedulerNode node = input.nodes().get(a.node());
                long cpus = job.exclusive() ? node.cpus() : a.cpus();
                long memory = job.exclusive() ? node.realMemoryMb() : a.memoryMb();
                jobCpus[a.node()] += cpus;
                jobMemory[a.node()] += memory;
                spans.get(a.node()).add(new long[] {NOW, end, cpus, memory});
            }
        }
        for (int i = 0; i < n; i++) {
            SchedulerNode node = input.nodes().get(i);
            long stuckCpus = Math.max(node.allocCpus(), jobCpus[i]) - jobCpus[i];
            long stuckMemory = Math.max(node.allocMemoryMb(), jobMemory[i]) - jobMemory[i];
            spans.get(i).add(new long[] {NOW, Long.MAX_VALUE, stuckCpus, stuckMemory});
        }
        for (JobDecision d : result.decisions()) {
            switch (d) {
                case JobDecision.Start s -> s.allocations().forEach(a -> spans.get(a.node())
                        .add(new long[] {NOW, TimeLimit.end(NOW, s.timeLimitMinutes()),
                                a.cpus(), a.memoryMb()}));
                case JobDecision.Pending p -> {
                    if (p.plannedStart() == 0) {
                        continue;
                    }
                    long limit = plannedLimit(input, p);
                    p.plannedAllocations().forEach(a -> spans.get(a.node()).add(new long[] {
                        p.plannedStart(), TimeLimit.end(p.plannedStart(), limit), a.cpus(),
                        a.memoryMb()}));
                    assertThat(p.plannedStart()).as(where)
                            .isLessThan(NOW + config.bfWindowSeconds());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            SchedulerNode node = input.nodes().get(i);
            for (long[] probe : spans.get(i)) {
                long t = probe[0];
                long cpus = 0;
                long memory = 0;
                for (long[] span : spans.get(i)) {
                    if (span[0] <= t && t < span[1]) {
                        cpus += span[2];
                        memory += span[3];
                    }
                }
                assertThat(cpus).as(where + " node " + i + " CPUs at " + t)
                        .isLessThanOrEqualTo(Math.max(node.cpus(),
                                Math.max(node.allocCpus(), jobCpus[i])));
                assertThat(memory).as(where + " node " + i + " memory at " + t)
                        .isLessThanOrEqualTo(Math.max(node.realMemoryMb(),
                                Math.max(node.allocMemoryMb(), jobMemory[i])));
            }
        }
    }

    /** The time limit a planned job will run with in its planned partition. */
    private static long plannedLimit(SchedulingInput input, JobDecision.Pending p) {
        PendingJob job = input.pending().stream().filter(j -> j.jobId() == p.jobId())
                .findFirst().orElseThrow();
        SchedulerPartition part = input.partitions().stream()
                .filter(x -> x.name().equals(p.plannedPartition())).findFirst().orElseThrow();
        return JobShape.effectiveTimeLimit(job.requirements(), part);
    }

    private static void assertDeterministic(Scheduler scheduler, SchedulingInput input,
            SchedulingResult result, Random random, String where) {
        assertThat(scheduler.schedule(input)).as(where).isEqualTo(result);
        List<PendingJob> shuffled = new ArrayList<>(input.pending());
        Collections.shuffle(shuffled, random);
        SchedulingInput reordered = new SchedulingInput(input.now(), input.nodes(),
                input.partitions(), input.running(), shuffled);
        assertThat(scheduler.schedule(reordered).byJobId()).as(where)
                .isEqualTo(result.byJobId());
    }

    // Generation.

    private static SchedulingInput randomInput(Random r) {
        List<SchedulerNode> nodes = randomNodes(r);
        List<SchedulerPartition> partitions = randomPartitions(r, nodes.size());
        List<RunningJob> running = new ArrayList<>();
        nodes = placeRunningJobs(r, nodes, running);
        List<PendingJob> pending = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 1000; id++) {
            ids.add(id);
        }
        Collections.shuffle(ids, r);
        int count = r.nextInt(31);
        for (int k = 0; k < count; k++) {
            pending.add(randomJob(r, ids.get(k), nodes, partitions));
        }
        return new SchedulingInput(NOW, nodes, partitions, running, pending);
    }

    private static List<SchedulerNode> randomNodes(Random r) {
        int count = 1 + r.nextInt(12);
        List<SchedulerNode> nodes = new ArrayList<>();
        String[] features = {"a", "b", "c"};
        for (int i = 0; i < count; i++) {
            int threads = 1 + r.nextInt(2);
            int cores = new int[] {1, 2, 4, 8}[r.nextInt(4)];
            long memory = new long[] {1000, 2000, 4000, 8000}[r.nextInt(4)];
            List<String> has = new ArrayList<>();
            for (String f : features) {
                if (r.nextBoolean()) {
                    has.add(f);
                }
            }
            NodeState state = switch (r.nextInt(12)) {
                case 0 -> NodeState.of(NodeState.Base.DOWN);
                case 1 -> NodeState.of(NodeState.Base.IDLE, NodeState.Flag.DRAIN);
                case 2 -> NodeState.of(NodeState.Base.IDLE, NodeState.Flag.NOT_RESPONDING);
                case 3 -> NodeState.of(NodeState.Base.MIXED, NodeState.Flag.DRAIN);
                default -> NodeState.IDLE;
            };
            nodes.add(SchedulerNode.idle("n" + i, 1, memory).withTopology(1, cores, threads)
                    .withFeatures(has.toArray(String[]::new)).withWeight(1 + r.nextInt(3))
                    .withState(state));
        }
        return nodes;
    }

    private static List<SchedulerPartition> randomPartitions(Random r, int nodeCount) {
        int count = 1 + r.nextInt(3);
        List<SchedulerPartition> partitions = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < nodeCount; i++) {
                if (r.nextInt(3) != 0) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                members.add(r.nextInt(nodeCount));
            }
            PartitionState state = r.nextInt(8) == 0
                    ? PartitionState.values()[r.nextInt(4)] : PartitionState.UP;
            partitions.add(SchedulerPartition.builder("p" + p, members).state(state)
                    .maxTime(new long[] {TimeLimit.INFINITE, 60, 600}[r.nextInt(3)])
                    .defaultTime(r.nextBoolean() ? TimeLimit.NO_VAL : 30)
                    .priorityTier(1 + r.nextInt(2))
                    .priorityJobFactor(1 + r.nextInt(3))
                    .maxNodes(r.nextInt(3) == 0 ? 1 + r.nextInt(3) : SchedulerPartition.UNLIMITED)
                    .overSubscribe(r.nextInt(10) == 0 ? OverSubscribe.EXCLUSIVE : OverSubscribe.NO)
                    .defMemPerCpu(r.nextBoolean() ? 0 : 500)
                    .maxCpusPerNode(r.nextInt(4) == 0 ? 2 + r.nextInt(3)
                            : SchedulerPartition.UNLIMITED)
                    .build());
        }
        return partitions;
    }

    private static List<SchedulerNode> placeRunningJobs(Random r, List<SchedulerNode> nodes,
            List<RunningJob> running) {
        List<SchedulerNode> result = new ArrayList<>(nodes);
        int count = r.nextInt(9);
        for (int k = 0; k < count; k++) {
            int node = r.nextInt(result.size());
            SchedulerNode n = result.get(node);
            int freeCpus = n.cpus() - n.allocCpus();
            long freeMemory = n.realMemoryMb() - n.allocMemoryMb();
            if (freeCpus <= 0 || freeMemory <= 0) {
                continue;
            }
            boolean exclusive = n.allocCpus() == 0 && r.nextInt(8) == 0;
            int cpus = exclusive ? n.cpus() : 1 + r.nextInt(freeCpus);
            long memory = exclusive ? n.realMemoryMb() : 1 + r.nextInt((int) freeMemory);
            long end = r.nextInt(10) == 0 ? Long.MAX_VALUE : NOW - 100 + r.nextInt(20_000);
            running.add(new RunningJob(10_000 + k, 1000, List.of(new NodeAllocation(node, cpus,
                    memory)), end, exclusive));
            result.set(node, n.withAllocated(n.allocCpus() + cpus, n.allocMemoryMb() + memory));
        }
        return result;
    }

    private static PendingJob randomJob(Random r, long id, List<SchedulerNode> nodes,
            List<SchedulerPartition> partitions) {
        JobRequirements.Builder req = JobRequirements.builder();
        if (r.nextInt(3) == 0) {
            int min = 1 + r.nextInt(3);
            if (r.nextBoolean()) {
                req.nodes(min, min + r.nextInt(2));
            } else {
                req.nodes(min);
            }
        }
        if (r.nextBoolean()) {
            req.tasks(1 + r.nextInt(16));
        }
        req.cpusPerTask(1 + r.nextInt(3));
        if (r.nextInt(5) == 0) {
            req.ntasksPerNode(1 + r.nextInt(2));
        }
        switch (r.nextInt(5)) {
            case 0 -> req.memPerNode(100 + r.nextInt(4000));
            case 1 -> req.memPerCpu(50 + r.nextInt(1000));
            case 2 -> req.memPerNode(0);
            default -> {
            }
        }
        if (r.nextInt(10) == 0) {
            req.exclusive();
        }
        if (r.nextInt(10) == 0) {
            req.nodelist("n" + r.nextInt(nodes.size()));
        }
        if (r.nextInt(10) == 0) {
            req.exclude("n" + r.nextInt(nodes.size()));
        }
        req.constraint(CONSTRAINTS[r.nextInt(CONSTRAINTS.length)]);
        req.timeLimit(switch (r.nextInt(6)) {
            case 0 -> TimeLimit.NO_VAL;
            case 1 -> TimeLimit.INFINITE;
            default -> 1 + r.nextInt(1000);
        });
        String first = partitions.get(r.nextInt(partitions.size())).name();
        String second = partitions.get(r.nextInt(partitions.size())).name();
        PendingJob job = new PendingJob(id, 1000 + r.nextInt(3),
                r.nextInt(4) == 0 && !first.equals(second) ? List.of(first, second)
                        : List.of(first),
                NOW - r.nextInt(10_000), r.nextInt(10) == 0 ? NOW + 100 : 0,
                r.nextInt(20) == 0 ? Hold.values()[1 + r.nextInt(2)] : Hold.NONE,
                r.nextInt(5) == 0 ? r.nextInt(100) : 0,
                r.nextInt(10) == 0 ? DependencyState.values()[r.nextInt(4)]
                        : DependencyState.NONE,
                r.nextInt(30) == 0, req.build());
        return job;
    }
}
