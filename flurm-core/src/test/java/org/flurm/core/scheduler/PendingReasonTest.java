package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.core.scheduler.Fixtures.NOW;
import static org.flurm.core.scheduler.Fixtures.all;
import static org.flurm.core.scheduler.Fixtures.batch;
import static org.flurm.core.scheduler.Fixtures.input;
import static org.flurm.core.scheduler.Fixtures.job;
import static org.flurm.core.scheduler.Fixtures.nodes;
import static org.flurm.core.scheduler.Fixtures.pending;
import static org.flurm.core.scheduler.Fixtures.schedule;
import static org.flurm.core.scheduler.Fixtures.started;
import static org.flurm.core.scheduler.Fixtures.tasks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reason squeue shows for each way a job can be kept from starting. */
class PendingReasonTest {

    private static JobDecision.Pending alone(PendingJob job) {
        return alone(job, batch(2), nodes(2, 4, 8000));
    }

    private static JobDecision.Pending alone(PendingJob job, SchedulerPartition partition,
            List<SchedulerNode> nodes) {
        SchedulingResult result = schedule(input(nodes, List.of(partition), List.of(),
                List.of(job)));
        return pending(result, job.jobId());
    }

    private static PendingJob small() {
        return job(1, tasks(1, 100, 60));
    }

    @Test
    void userHoldShowsJobHeldUser() {
        assertThat(alone(small().withHold(Hold.USER)).reason())
                .isEqualTo(JobStateReason.WAIT_HELD_USER);
    }

    @Test
    void adminHoldShowsJobHeldAdmin() {
        assertThat(alone(small().withHold(Hold.ADMIN)).reason())
                .isEqualTo(JobStateReason.WAIT_HELD);
        assertThat(JobStateReason.WAIT_HELD.text()).isEqualTo("JobHeldAdmin");
    }

    @Test
    void holdIsReportedBeforeADependency() {
        PendingJob job = small().withHold(Hold.USER).withDependency(DependencyState.WAITING);
        assertThat(alone(job).reason()).isEqualTo(JobStateReason.WAIT_HELD_USER);
    }

    @Test
    void futureBeginTimeShowsBeginTime() {
        assertThat(alone(small().withBeginTime(NOW + 60)).reason())
                .isEqualTo(JobStateReason.WAIT_TIME);
    }

    @Test
    void beginTimeThatHasPassedDoesNotHoldTheJob() {
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(batch(1)),
                List.of(), List.of(small().withBeginTime(NOW))));
        assertThat(started(result, 1).nodes()).containsExactly(0);
    }

    @Test
    void unmetDependencyShowsDependency() {
        assertThat(alone(small().withDependency(DependencyState.WAITING)).reason())
                .isEqualTo(JobStateReason.WAIT_DEPENDENCY);
    }

    @Test
    void dependencyThatCanNeverBeMetShowsDependencyNeverSatisfied() {
        JobDecision.Pending p = alone(small().withDependency(DependencyState.NEVER_SATISFIED));
        assertThat(p.reason()).isEqualTo(JobStateReason.WAIT_DEP_INVALID);
        assertThat(p.reason().text()).isEqualTo("DependencyNeverSatisfied");
    }

    @Test
    void satisfiedDependencyLetsTheJobStart() {
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(batch(1)),
                List.of(), List.of(small().withDependency(DependencyState.SATISFIED))));
        assertThat(started(result, 1).nodes()).containsExactly(0);
    }

    @Test
    void arrayAtItsTaskLimitShowsJobArrayTaskLimit() {
        assertThat(alone(small().withArrayTaskLimitReached(true)).reason())
                .isEqualTo(JobStateReason.WAIT_ARRAY_TASK_LIMIT);
    }

    @Test
    void downPartitionShowsPartitionDown() {
        SchedulerPartition down = SchedulerPartition.builder("batch", all(2))
                .state(PartitionState.DOWN).build();
        assertThat(alone(small(), down, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_PART_DOWN);
    }

    @Test
    void inactivePartitionShowsPartitionInactive() {
        SchedulerPartition inactive = SchedulerPartition.builder("batch", all(2))
                .state(PartitionState.INACTIVE).build();
        assertThat(alone(small(), inactive, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_PART_INACTIVE);
    }

    @Test
    void drainedPartitionStillStartsItsJobs() {
        SchedulerPartition drain = SchedulerPartition.builder("batch", all(1))
                .state(PartitionState.DRAIN).build();
        SchedulingResult result = schedule(input(nodes(1, 4, 8000), List.of(drain), List.of(),
                List.of(small())));
        assertThat(started(result, 1).nodes()).containsExactly(0);
    }

    @Test
    void timeLimitAboveMaxTimeShowsPartitionTimeLimit() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(2)).maxTime(30)
                .build();
        assertThat(alone(small(), part, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_PART_TIME_LIMIT);
    }

    @Test
    void moreNodesThanMaxNodesShowsPartitionNodeLimit() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(2)).maxNodes(1)
                .build();
        PendingJob twoNodes = job(1, JobRequirements.builder().nodes(2).memPerNode(10)
                .timeLimit(60).build());
        assertThat(alone(twoNodes, part, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_PART_NODE_LIMIT);
    }

    @Test
    void moreNodesThanThePartitionHasShowsPartitionNodeLimit() {
        PendingJob fiveNodes = job(1, JobRequirements.builder().nodes(5).memPerNode(10)
                .timeLimit(60).build());
        assertThat(alone(fiveNodes).reason()).isEqualTo(JobStateReason.WAIT_PART_NODE_LIMIT);
    }

    @Test
    void holdIsReportedBeforeAPartitionThatIsDown() {
        SchedulerPartition down = SchedulerPartition.builder("batch", all(2))
                .state(PartitionState.DOWN).build();
        assertThat(alone(small().withHold(Hold.ADMIN), down, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_HELD);
    }

    @Test
    void tooFewUsableNodesShowsResourcesWithSlurmsDescription() {
        List<SchedulerNode> nodes = new ArrayList<>(nodes(3, 4, 8000));
        nodes.set(0, nodes.get(0).withState(NodeState.of(NodeState.Base.DOWN)));
        nodes.set(1, nodes.get(1).withState(NodeState.of(NodeState.Base.IDLE,
                NodeState.Flag.DRAIN)));
        PendingJob threeNodes = job(1, JobRequirements.builder().nodes(3).memPerNode(10)
                .timeLimit(60).build());
        JobDecision.Pending p = alone(threeNodes, batch(3), nodes);

        assertThat(p.reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(p.description()).isEqualTo("Nodes required for job are DOWN, DRAINED or "
                + "reserved for jobs in higher priority partitions");
    }

    @Test
    void requiredNodeThatIsDrainedShowsReqNodeNotAvailNamingIt() {
        List<SchedulerNode> nodes = new ArrayList<>(nodes(2, 4, 8000));
        nodes.set(1, nodes.get(1).withState(NodeState.of(NodeState.Base.IDLE,
                NodeState.Flag.DRAIN)));
        PendingJob onN1 = job(1, JobRequirements.builder().nodelist("n1").memPerNode(10)
                .timeLimit(60).build());
        JobDecision.Pending p = alone(onN1, batch(2), nodes);

        assertThat(p.reason()).isEqualTo(JobStateReason.WAIT_NODE_NOT_AVAIL);
        assertThat(p.description()).isEqualTo("ReqNodeNotAvail, UnavailableNodes:n1");
    }

    @Test
    void jobThatOnlyFitsOnADownNodeShowsReqNodeNotAvail() {
        List<SchedulerNode> nodes = List.of(SchedulerNode.idle("n0", 4, 8000),
                SchedulerNode.idle("n1", 16, 8000)
                        .withState(NodeState.of(NodeState.Base.DOWN)));
        PendingJob big = job(1, tasks(16, 10, 60));
        JobDecision.Pending p = alone(big, batch(2), nodes);

        assertThat(p.reason()).isEqualTo(JobStateReason.WAIT_NODE_NOT_AVAIL);
        assertThat(p.description()).isEqualTo("ReqNodeNotAvail, UnavailableNodes:n1");
    }

    @Test
    void requestNoNodeCouldEverMeetShowsBadConstraints() {
        PendingJob tooWide = job(1, JobRequirements.builder().tasks(1).cpusPerTask(8)
                .memPerNode(10).timeLimit(60).build());
        assertThat(alone(tooWide).reason()).isEqualTo(JobStateReason.FAIL_BAD_CONSTRAINTS);
    }

    @Test
    void constraintOnAFeatureNoNodeHasShowsBadConstraints() {
        PendingJob gpu = job(1, JobRequirements.builder().constraint("gpu").memPerNode(10)
                .timeLimit(60).build());
        assertThat(alone(gpu).reason()).isEqualTo(JobStateReason.FAIL_BAD_CONSTRAINTS);
    }

    @Test
    void memoryAboveMaxMemPerNodeShowsMaxMemPerLimit() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(2))
                .maxMemPerNode(1000).build();
        assertThat(alone(job(1, tasks(1, 2000, 60)), part, nodes(2, 4, 8000)).reason())
                .isEqualTo(JobStateReason.WAIT_PN_MEM_LIMIT);
    }

    @Test
    void reasonsCarrySlurmsWireNumbersAndWords() {
        assertThat(JobStateReason.WAIT_PRIORITY.code()).isEqualTo(1);
        assertThat(JobStateReason.WAIT_RESOURCES.code()).isEqualTo(3);
        assertThat(JobStateReason.WAIT_NODE_NOT_AVAIL.text()).isEqualTo("ReqNodeNotAvail");
        assertThat(JobStateReason.WAIT_ARRAY_TASK_LIMIT.code()).isEqualTo(72);
        assertThat(JobStateReason.WAIT_PART_CONFIG.code()).isEqualTo(178);
    }
}
