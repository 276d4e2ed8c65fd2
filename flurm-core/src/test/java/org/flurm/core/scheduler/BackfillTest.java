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

/**
 * Backfill: a reservation for every waiting job in priority order, and lower jobs started now
 * only where they end before, or stay clear of, every reservation.
 */
class BackfillTest {

    /** Node 0 is busy until NOW + 1000; the head job wants both nodes whole for an hour. */
    private static SchedulingResult blockedHeadWith(PendingJob... behind) {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        JobRequirements twoNodes = JobRequirements.builder().nodes(2).tasks(8).memPerNode(1000)
                .timeLimit(60).build();
        List<PendingJob> jobs = new java.util.ArrayList<>();
        jobs.add(job(10, twoNodes));
        jobs.addAll(List.of(behind));
        return schedule(input(nodes(2, 4, 8000), List.of(batch(2)), run, jobs));
    }

    @Test
    void shortJobThatEndsBeforeTheReservationIsStartedNow() {
        SchedulingResult result = blockedHeadWith(job(12, tasks(1, 100, 10)));

        JobDecision.Start start = started(result, 12);
        assertThat(start.backfilled()).isTrue();
        assertThat(start.allocations()).containsExactly(new NodeAllocation(1, 1, 100));
    }

    @Test
    void longJobThatWouldDelayTheReservationWaitsForPriorityWithAPlannedStart() {
        SchedulingResult result = blockedHeadWith(job(11, tasks(1, 100, 2000)));

        JobDecision.Pending waiting = pending(result, 11);
        assertThat(waiting.reason()).isEqualTo(JobStateReason.WAIT_PRIORITY);
        assertThat(waiting.plannedStart()).isEqualTo(NOW + 1000 + 3600);
        assertThat(waiting.plannedNodes()).containsExactly(0);
        assertThat(waiting.plannedPartition()).isEqualTo("batch");
    }

    @Test
    void blockedJobIsPlannedWhenTheRunningJobEnds() {
        SchedulingResult result = blockedHeadWith();

        JobDecision.Pending head = pending(result, 10);
        assertThat(head.plannedStart()).isEqualTo(NOW + 1000);
        assertThat(head.plannedAllocations()).containsExactly(new NodeAllocation(0, 4, 1000),
                new NodeAllocation(1, 4, 1000));
    }

    @Test
    void backfilledJobsStackUntilTheFreeNodeIsFull() {
        SchedulingResult result = blockedHeadWith(job(11, tasks(2, 100, 10)),
                job(12, tasks(2, 100, 10)), job(13, tasks(1, 100, 5)));

        assertThat(started(result, 11).nodes()).containsExactly(1);
        assertThat(started(result, 12).nodes()).containsExactly(1);
        JobDecision.Pending third = pending(result, 13);
        assertThat(third.reason()).isEqualTo(JobStateReason.WAIT_PRIORITY);
        assertThat(third.plannedStart()).isEqualTo(NOW + 600);
    }

    @Test
    void jobThatFitsBesideTheReservationRunsEvenIfLong() {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        JobRequirements oneNode = JobRequirements.builder().nodelist("n0").tasks(4)
                .memPerNode(1000).timeLimit(60).build();
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(batch(2)), run,
                List.of(job(10, oneNode), job(11, tasks(4, 1000, 100_000)))));

        assertThat(started(result, 11).nodes()).containsExactly(1);
        assertThat(pending(result, 10).plannedStart()).isEqualTo(NOW + 1000);
    }

    @Test
    void onlyBfMaxJobTestJobsArePlanned() {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0, 1));
        SchedulerConfig config = SchedulerConfig.DEFAULTS.withBfMaxJobTest(1);
        SchedulingInput in = input(nodes(2, 4, 8000), List.of(batch(2)), run,
                List.of(job(1, tasks(4, 1000, 60)), job(2, tasks(4, 1000, 60))));
        SchedulingResult result = new Scheduler(config, new BasicPriority()).schedule(in);

        assertThat(pending(result, 1).plannedStart()).isEqualTo(NOW + 1000);
        assertThat(pending(result, 2).plannedStart()).isZero();
        assertThat(pending(result, 2).plannedNodes()).isEmpty();
    }

    @Test
    void startsBeyondTheBackfillWindowAreNotPlanned() {
        List<RunningJob> run = List.of(running(100, NOW + 7200, 4, 1000, 0));
        SchedulerConfig config = SchedulerConfig.DEFAULTS.withBfWindowSeconds(3600);
        SchedulingInput in = input(nodes(1, 4, 8000), List.of(batch(1)), run,
                List.of(job(1, tasks(4, 1000, 60))));
        SchedulingResult result = new Scheduler(config, new BasicPriority()).schedule(in);

        assertThat(pending(result, 1).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(pending(result, 1).plannedStart()).isZero();
    }

    @Test
    void jobsBehindAnUnboundedJobAreNeverPlanned() {
        List<RunningJob> run = List.of(running(100, Long.MAX_VALUE, 4, 1000, 0));
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(batch(1)), run,
                List.of(job(1, tasks(1, 100, 60)))));

        assertThat(pending(result, 1).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(pending(result, 1).plannedStart()).isZero();
    }

    @Test
    void jobsHeldOrWaitingForOtherReasonsAreNotPlanned() {
        List<RunningJob> run = List.of(running(100, NOW + 1000, 4, 1000, 0));
        PendingJob held = job(1, tasks(1, 100, 60)).withHold(Hold.USER);
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(batch(1)), run,
                List.of(held)));

        assertThat(pending(result, 1).plannedStart()).isZero();
    }
}
