package org.flurm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.flurm.core.scheduler.DependencyState;
import org.flurm.core.scheduler.Hold;
import org.flurm.core.scheduler.JobRequirements;
import org.flurm.core.scheduler.MultifactorPriority;
import org.flurm.core.scheduler.NodeAllocation;
import org.flurm.core.scheduler.PendingJob;
import org.flurm.core.scheduler.RunningJob;
import org.flurm.core.scheduler.Scheduler;
import org.flurm.core.scheduler.SchedulerConfig;
import org.flurm.core.scheduler.SchedulerNode;
import org.flurm.core.scheduler.SchedulerPartition;
import org.flurm.core.scheduler.SchedulingInput;
import org.flurm.core.scheduler.SchedulingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full scheduling pass (main pass and backfill with bf_max_job_test=500) over a deep queue
 * on a large cluster: {@code nodes} nodes of 32 CPUs, half of them partly busy, four
 * partitions (one spanning all nodes at a higher tier) and {@code jobs} pending jobs of 1 to 64
 * tasks. The target is a pass over 100,000 jobs and 10,000 nodes within a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SchedulerBenchmark {

    @Param({"10000"})
    public int nodes;

    @Param({"100000"})
    public int jobs;

    private SchedulingInput input;
    private Scheduler basic;
    private Scheduler multifactor;

    @Setup
    public void setUp() {
        input = snapshot(nodes, jobs, 42);
        basic = Scheduler.withDefaults();
        multifactor = new Scheduler(SchedulerConfig.DEFAULTS,
                new MultifactorPriority(1000, MultifactorPriority.DEFAULT_MAX_AGE_SECONDS, 1000));
    }

    @Benchmark
    public SchedulingResult passWithBasicPriority() {
        return basic.schedule(input);
    }

    @Benchmark
    public SchedulingResult passWithMultifactorPriority() {
        return multifactor.schedule(input);
    }

    /** The seeded cluster and queue described in the class comment. */
    static SchedulingInput snapshot(int nodeCount, int jobCount, long seed) {
        final Random random = new Random(seed);
        final long now = 1_700_000_000L;

        // Nodes, every other one running a job that ends within the next day.
        final List<SchedulerNode> nodeList = new ArrayList<>(nodeCount);
        final List<RunningJob> running = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            SchedulerNode node = SchedulerNode.idle("c" + i, 32, 128_000)
                    .withFeatures(i % 4 == 0 ? new String[] {"ib"} : new String[0]);
            if (random.nextBoolean()) {
                final int cpus = 8 * (1 + random.nextInt(4));
                final long memory = cpus * 2000L;
                running.add(new RunningJob(1_000_000 + i, 1000,
                        List.of(new NodeAllocation(i, cpus, memory)),
                        now + 60 + random.nextInt(86_400), false));
                node = node.withAllocated(cpus, memory);
            }
            nodeList.add(node);
        }

        // Partitions: halves and quarters, and one over everything at a higher tier.
        final int half = nodeCount / 2;
        final int quarter = nodeCount / 4;
        final List<SchedulerPartition> partitions = List.of(
                SchedulerPartition.builder("batch", range(0, half)).defMemPerCpu(2000)
                        .maxTime(2880).build(),
                SchedulerPartition.builder("long", range(half, half + quarter))
                        .defMemPerCpu(2000).build(),
                SchedulerPartition.builder("short", range(half + quarter, nodeCount))
                        .defMemPerCpu(2000).maxTime(60).build(),
                SchedulerPartition.builder("all", range(0, nodeCount)).defMemPerCpu(2000)
                        .priorityTier(2).build());

        // The queue.
        final String[] names = {"batch", "batch", "long", "short", "all"};
        final List<PendingJob> pending = new ArrayList<>(jobCount);
        for (int k = 0; k < jobCount; k++) {
            final String partition = names[random.nextInt(names.length)];
            final JobRequirements.Builder req = JobRequirements.builder()
                    .tasks(1 + random.nextInt(64))
                    .timeLimit(partition.equals("short") ? 1 + random.nextInt(60)
                            : 10 + random.nextInt(2000));
            if (random.nextInt(10) == 0) {
                req.constraint("ib");
            }
            pending.add(new PendingJob(k + 1, 1000 + random.nextInt(50), List.of(partition),
                    now - random.nextInt(100_000), 0, Hold.NONE, 0, DependencyState.NONE, false,
                    req.build()));
        }
        return new SchedulingInput(now, nodeList, partitions, running, pending);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
