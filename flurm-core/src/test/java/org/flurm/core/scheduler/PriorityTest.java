package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.core.scheduler.Fixtures.NOW;
import static org.flurm.core.scheduler.Fixtures.input;
import static org.flurm.core.scheduler.Fixtures.nodes;
import static org.flurm.core.scheduler.Fixtures.pending;
import static org.flurm.core.scheduler.Fixtures.started;
import static org.flurm.core.scheduler.Fixtures.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;

/** priority/basic and priority/multifactor, and the order they give the queue. */
class PriorityTest {
    private static final SchedulerPartition BATCH = SchedulerPartition.of("batch", List.of(0));
    private static final PriorityPolicy.Context CONTEXT = new PriorityPolicy.Context(NOW, 2);

    @Test
    void basicPriorityCountsDownFromTopPriorityByJobId() {
        PendingJob job = PendingJob.of(7, "batch", 0, tasks(1, 1, 1));

        assertThat(new BasicPriority().priority(job, BATCH, CONTEXT))
                .isEqualTo(0xFFFF_0000L - 7);
        assertThat(new BasicPriority().priority(job.withNice(100), BATCH, CONTEXT))
                .isEqualTo(0xFFFF_0000L - 107);
    }

    @Test
    void multifactorAddsWeightedAgeAndPartitionFactorsLessNice() {
        SchedulerPartition part = SchedulerPartition.builder("batch", List.of(0))
                .priorityJobFactor(1).build();
        PendingJob job = PendingJob.of(1, "batch", NOW - 500, tasks(1, 1, 1)).withNice(10);
        MultifactorPriority policy = new MultifactorPriority(1000, 1000, 1000);

        // age 500/1000 * 1000 + partition 1/2 * 1000 - nice 10
        assertThat(policy.priority(job, part, CONTEXT)).isEqualTo(990);
    }

    @Test
    void multifactorAgeStopsGrowingAtMaxAgeAndCountsFromTheBeginTime() {
        MultifactorPriority policy = new MultifactorPriority(1000, 1000, 0);
        PendingJob old = PendingJob.of(1, "batch", NOW - 5000, tasks(1, 1, 1));
        PendingJob deferred = old.withBeginTime(NOW - 100);

        assertThat(policy.priority(old, BATCH, CONTEXT)).isEqualTo(1000);
        assertThat(policy.priority(deferred, BATCH, CONTEXT)).isEqualTo(100);
    }

    @Test
    void priorityIsNeverBelowOne() {
        MultifactorPriority policy = new MultifactorPriority(0, 1000, 0);
        PendingJob nice = PendingJob.of(1, "batch", NOW, tasks(1, 1, 1)).withNice(50);

        assertThat(policy.priority(nice, BATCH, CONTEXT)).isEqualTo(1);
    }

    @Test
    void niceBehindAnotherJobUnderBasicPriority() {
        PendingJob first = PendingJob.of(3, "batch", 3, tasks(4, 10, 60)).withNice(10);
        PendingJob second = PendingJob.of(5, "batch", 5, tasks(4, 10, 60));
        SchedulingResult result = Scheduler.withDefaults().schedule(input(nodes(1, 4, 8000),
                List.of(BATCH), List.of(), List.of(first, second)));

        assertThat(started(result, 5).nodes()).containsExactly(0);
        assertThat(pending(result, 3).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void multifactorPartitionFactorOrdersJobsOfTwoPartitionsOnTheSameNodes() {
        SchedulerPartition plain = SchedulerPartition.builder("plain", List.of(0))
                .priorityJobFactor(1).build();
        SchedulerPartition favoured = SchedulerPartition.builder("favoured", List.of(0))
                .priorityJobFactor(10).build();
        PendingJob older = PendingJob.of(1, "plain", NOW - 100, tasks(4, 10, 60));
        PendingJob newer = PendingJob.of(2, "favoured", NOW - 10, tasks(4, 10, 60));
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULTS,
                new MultifactorPriority(1000, MultifactorPriority.DEFAULT_MAX_AGE_SECONDS,
                        10_000));
        SchedulingResult result = scheduler.schedule(input(nodes(1, 4, 8000),
                List.of(plain, favoured), List.of(), List.of(older, newer)));

        assertThat(started(result, 2).partition()).isEqualTo("favoured");
        assertThat(pending(result, 1).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void equalPrioritiesGoBySubmitTimeThenJobId() {
        PriorityPolicy flat = (job, partition, context) -> 1;
        Scheduler scheduler = new Scheduler(SchedulerConfig.DEFAULTS, flat);
        PendingJob a = PendingJob.of(9, "batch", 100, tasks(4, 10, 60));
        PendingJob b = PendingJob.of(4, "batch", 200, tasks(4, 10, 60));
        PendingJob c = PendingJob.of(8, "batch", 100, tasks(4, 10, 60));
        SchedulingResult result = scheduler.schedule(input(nodes(1, 4, 8000), List.of(BATCH),
                List.of(), List.of(a, b, c)));

        assertThat(result.started()).extracting(JobDecision::jobId).containsExactly(8L);
    }
}
