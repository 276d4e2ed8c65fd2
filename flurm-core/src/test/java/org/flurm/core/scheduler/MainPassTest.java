package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.core.scheduler.Fixtures.NOW;
import static org.flurm.core.scheduler.Fixtures.batch;
import static org.flurm.core.scheduler.Fixtures.input;
import static org.flurm.core.scheduler.Fixtures.job;
import static org.flurm.core.scheduler.Fixtures.nodes;
import static org.flurm.core.scheduler.Fixtures.pending;
import static org.flurm.core.scheduler.Fixtures.running;
import static org.flurm.core.scheduler.Fixtures.schedule;
import static org.flurm.core.scheduler.Fixtures.started;
import static org.flurm.core.scheduler.Fixtures.tasks;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The main pass: priority order, and what a job that cannot start does to those behind it. */
class MainPassTest {

    @Test
    void jobsStartInSubmissionOrderUntilTheNodesAreFull() {
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(batch(2)),
                List.of(), List.of(job(3, tasks(4, 1000, 60)), job(1, tasks(4, 1000, 60)),
                        job(2, tasks(4, 1000, 60)))));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 4, 1000));
        assertThat(started(result, 2).allocations())
                .containsExactly(new NodeAllocation(1, 4, 1000));
        assertThat(pending(result, 3).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(result.decisions()).extracting(JobDecision::jobId).containsExactly(3L, 1L, 2L);
    }

    @Test
    void startedJobRecordsPartitionAndTimeLimitAndThatItWasNotBackfilled() {
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(batch(1)),
                List.of(), List.of(job(1, tasks(1, 100, 45)))));

        JobDecision.Start start = started(result, 1);
        assertThat(start.partition()).isEqualTo("batch");
        assertThat(start.timeLimitMinutes()).isEqualTo(45);
        assertThat(start.backfilled()).isFalse();
    }

    @Test
    void blockedHeadWaitsForResourcesAndJobsBehindItWaitForPriority() {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        JobRequirements twoNodes = JobRequirements.builder().nodes(2).tasks(8).memPerNode(1000)
                .timeLimit(60).build();
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(batch(2)), run,
                List.of(job(10, twoNodes), job(11, tasks(1, 100, 2000)))));

        assertThat(pending(result, 10).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(pending(result, 10).description()).isEmpty();
        assertThat(pending(result, 11).reason()).isEqualTo(JobStateReason.WAIT_PRIORITY);
    }

    @Test
    void blockedPartitionAlsoWithholdsItsNodesFromOtherPartitions() {
        List<SchedulerNode> nodes = nodes(2, 4, 8000);
        SchedulerPartition big = SchedulerPartition.of("big", List.of(0, 1));
        SchedulerPartition small = SchedulerPartition.of("small", List.of(1));
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        JobRequirements twoNodes = JobRequirements.builder().nodes(2).tasks(8).memPerNode(1000)
                .timeLimit(60).build();
        PendingJob head = PendingJob.of(1, "big", 1, twoNodes);
        PendingJob other = PendingJob.of(2, "small", 2, tasks(1, 100, 600));
        SchedulingResult result = schedule(input(nodes, List.of(big, small), run,
                List.of(head, other)));

        // "small" has no node left in the main pass; backfill may not take node 1 either,
        // because the head job is promised it at NOW + 1000 and this job would still run then.
        JobDecision.Pending waiting = pending(result, 2);
        assertThat(waiting.reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(waiting.description()).isEqualTo(SchedulingPass.NODES_UNAVAILABLE);
        assertThat(waiting.plannedStart()).isEqualTo(NOW + 1000 + 3600);
    }

    @Test
    void jobWithNodelistHoldsBackOnlyItsOwnNodes() {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        JobRequirements onN0 = JobRequirements.builder().nodelist("n0").tasks(4)
                .memPerNode(1000).timeLimit(60).build();
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(batch(2)), run,
                List.of(job(1, onN0), job(2, tasks(2, 100, 6000)))));

        assertThat(pending(result, 1).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(started(result, 2).nodes()).containsExactly(1);
        assertThat(started(result, 2).backfilled()).isFalse();
    }

    @Test
    void jobNamingTwoPartitionsStartsInTheOneWithRoom() {
        List<SchedulerNode> nodes = nodes(2, 4, 8000);
        SchedulerPartition p1 = SchedulerPartition.of("p1", List.of(0));
        SchedulerPartition p2 = SchedulerPartition.of("p2", List.of(1));
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        PendingJob job = PendingJob.of(1, "p1", 1, tasks(2, 100, 60)).withPartitions("p1", "p2");
        SchedulingResult result = schedule(input(nodes, List.of(p1, p2), run, List.of(job)));

        assertThat(started(result, 1).partition()).isEqualTo("p2");
        assertThat(started(result, 1).nodes()).containsExactly(1);
    }

    @Test
    void higherPriorityTierIsScheduledFirstWhateverTheSubmitTime() {
        SchedulerPartition low = SchedulerPartition.builder("low", List.of(0)).priorityTier(1)
                .build();
        SchedulerPartition high = SchedulerPartition.builder("high", List.of(0)).priorityTier(5)
                .build();
        PendingJob early = PendingJob.of(1, "low", 1, tasks(4, 1000, 60));
        PendingJob late = PendingJob.of(2, "high", 2, tasks(4, 1000, 60));
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(low, high),
                List.of(), List.of(early, late)));

        assertThat(started(result, 2).partition()).isEqualTo("high");
        assertThat(pending(result, 1).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void missingTimeLimitTakesDefaultTimeElseMaxTime() {
        SchedulerPartition withDefault = SchedulerPartition.builder("batch", List.of(0))
                .defaultTime(30).maxTime(90).build();
        JobRequirements noLimit = JobRequirements.builder().memPerNode(10).build();
        SchedulingResult first = schedule(input(nodes(1, 4, 8000), List.of(withDefault),
                List.of(), List.of(job(1, noLimit))));
        SchedulerPartition onlyMax = SchedulerPartition.builder("batch", List.of(0))
                .maxTime(90).build();
        SchedulingResult second = schedule(input(nodes(1, 4, 8000), List.of(onlyMax),
                List.of(), List.of(job(1, noLimit))));

        assertThat(started(first, 1).timeLimitMinutes()).isEqualTo(30);
        assertThat(started(second, 1).timeLimitMinutes()).isEqualTo(90);
    }
}
