package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.core.scheduler.Fixtures.NOW;
import static org.flurm.core.scheduler.Fixtures.all;
import static org.flurm.core.scheduler.Fixtures.batch;
import static org.flurm.core.scheduler.Fixtures.input;
import static org.flurm.core.scheduler.Fixtures.job;
import static org.flurm.core.scheduler.Fixtures.nodes;
import static org.flurm.core.scheduler.Fixtures.pending;
import static org.flurm.core.scheduler.Fixtures.running;
import static org.flurm.core.scheduler.Fixtures.schedule;
import static org.flurm.core.scheduler.Fixtures.started;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a started job's CPUs and memory are laid out on nodes (select/cons_tres). */
class PlacementTest {

    private static SchedulingResult run(List<SchedulerNode> nodes, PendingJob... jobs) {
        return schedule(input(nodes, List.of(batch(nodes.size())), List.of(), List.of(jobs)));
    }

    private static JobRequirements.Builder req() {
        return JobRequirements.builder().timeLimit(60);
    }

    @Test
    void memoryPerCpuIsMultipliedByTheCpusOnEachNode() {
        SchedulingResult result = run(nodes(1, 8, 8000),
                job(1, req().tasks(1).cpusPerTask(4).memPerCpu(100).build()));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 4, 400));
    }

    @Test
    void memoryPerNodeAndPerCpuShareANodeUntilMemoryRunsOut() {
        SchedulingResult result = run(nodes(1, 8, 8000),
                job(1, req().tasks(2).memPerCpu(1000).build()),
                job(2, req().tasks(2).memPerNode(5000).build()),
                job(3, req().tasks(1).memPerCpu(1500).build()));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 2, 2000));
        assertThat(started(result, 2).allocations())
                .containsExactly(new NodeAllocation(0, 2, 5000));
        assertThat(pending(result, 3).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void withoutAnyMemoryRequestOrDefaultAJobTakesAllOfTheNodesMemory() {
        SchedulingResult result = run(nodes(1, 8, 8000), job(1, req().tasks(1).build()),
                job(2, req().tasks(1).build()));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 1, 8000));
        assertThat(pending(result, 2).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void partitionDefMemPerCpuAppliesWhenNoMemoryIsRequested() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(1)).defMemPerCpu(500)
                .build();
        SchedulingResult result = schedule(input(nodes(1, 8, 8000), List.of(part), List.of(),
                List.of(job(1, req().tasks(3).build()))));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 3, 1500));
    }

    @Test
    void exclusiveJobTakesAWholeIdleNode() {
        List<RunningJob> busy = List.of(running(100, NOW + 100, 1, 100, 0));
        SchedulingResult result = schedule(input(nodes(2, 8, 8000), List.of(batch(2)), busy,
                List.of(job(1, req().tasks(1).memPerNode(100).exclusive().build()))));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(1, 8, 8000));
    }

    @Test
    void overSubscribeExclusivePartitionGivesWholeNodes() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(1))
                .overSubscribe(OverSubscribe.EXCLUSIVE).build();
        SchedulingResult result = schedule(input(nodes(1, 8, 8000), List.of(part), List.of(),
                List.of(job(1, req().tasks(1).memPerNode(10).build()),
                        job(2, req().tasks(1).memPerNode(10).build()))));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 8, 8000));
        assertThat(pending(result, 2).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
    }

    @Test
    void tasksWithSeveralCpusFillNodesInOrder() {
        SchedulingResult result = run(nodes(3, 4, 8000),
                job(1, req().tasks(3).cpusPerTask(2).memPerNode(100).build()));

        assertThat(started(result, 1).allocations()).containsExactly(
                new NodeAllocation(0, 4, 100), new NodeAllocation(1, 2, 100));
    }

    @Test
    void ntasksPerNodeSpreadsTasksOverTheRequestedNodes() {
        SchedulingResult result = run(nodes(3, 4, 8000),
                job(1, req().tasks(6).ntasksPerNode(2).memPerCpu(10).build()));

        assertThat(started(result, 1).allocations()).containsExactly(
                new NodeAllocation(0, 2, 20), new NodeAllocation(1, 2, 20),
                new NodeAllocation(2, 2, 20));
    }

    @Test
    void nodeCountPlacesAtLeastOneTaskPerNode() {
        SchedulingResult result = run(nodes(3, 4, 8000),
                job(1, req().nodes(2).memPerNode(10).build()));

        assertThat(started(result, 1).allocations()).containsExactly(
                new NodeAllocation(0, 1, 10), new NodeAllocation(1, 1, 10));
    }

    @Test
    void boundedNodeCountSkipsNodesTooSmallForTheirShare() {
        List<RunningJob> busy = List.of(running(100, NOW + 100, 3, 100, 0));
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(batch(2)), busy,
                List.of(job(1, req().nodes(1, 1).tasks(4).memPerNode(10).build()))));

        assertThat(started(result, 1).nodes()).containsExactly(1);
    }

    @Test
    void hyperthreadedNodesGiveWholeCores() {
        List<SchedulerNode> nodes = List.of(SchedulerNode.idle("n0", 1, 8000)
                .withTopology(1, 4, 2));
        SchedulingResult result = run(nodes, job(1, req().tasks(3).memPerCpu(10).build()));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 4, 40));
    }

    @Test
    void nodelistForcesTheNamedNodes() {
        SchedulingResult result = run(nodes(3, 4, 8000),
                job(1, req().nodelist("n2").memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(2);
    }

    @Test
    void excludedNodesAreNotUsed() {
        SchedulingResult result = run(nodes(3, 4, 8000),
                job(1, req().exclude("n0", "n1").memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(2);
    }

    @Test
    void constraintWithAndNeedsBothFeaturesOnOneNode() {
        List<SchedulerNode> nodes = List.of(SchedulerNode.idle("n0", 4, 8000).withFeatures("a"),
                SchedulerNode.idle("n1", 4, 8000).withFeatures("b"),
                SchedulerNode.idle("n2", 4, 8000).withFeatures("a", "b"));
        SchedulingResult result = run(nodes,
                job(1, req().constraint("a&b").memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(2);
    }

    @Test
    void constraintWithOrAcceptsEitherFeature() {
        List<SchedulerNode> nodes = List.of(SchedulerNode.idle("n0", 4, 8000).withFeatures("c"),
                SchedulerNode.idle("n1", 4, 8000).withFeatures("b"),
                SchedulerNode.idle("n2", 4, 8000).withFeatures("a"));
        SchedulingResult result = run(nodes,
                job(1, req().nodes(2).constraint("a|b").memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(1, 2);
    }

    @Test
    void lowerWeightNodesAreUsedFirst() {
        List<SchedulerNode> nodes = new ArrayList<>(nodes(3, 4, 8000));
        nodes.set(0, nodes.get(0).withWeight(10));
        nodes.set(1, nodes.get(1).withWeight(5));
        nodes.set(2, nodes.get(2).withWeight(5));
        SchedulingResult result = run(nodes, job(1, req().memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(1);
    }

    @Test
    void drainedDownAndUnresponsiveNodesAreNotUsed() {
        List<SchedulerNode> nodes = new ArrayList<>(nodes(4, 4, 8000));
        nodes.set(0, nodes.get(0).withState(NodeState.of(NodeState.Base.IDLE,
                NodeState.Flag.DRAIN)));
        nodes.set(1, nodes.get(1).withState(NodeState.of(NodeState.Base.DOWN)));
        nodes.set(2, nodes.get(2).withState(NodeState.of(NodeState.Base.IDLE,
                NodeState.Flag.NOT_RESPONDING)));
        SchedulingResult result = run(nodes, job(1, req().memPerNode(10).build()));

        assertThat(started(result, 1).nodes()).containsExactly(3);
    }

    @Test
    void maxCpusPerNodeCapsWhatOneNodeGivesAJob() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(2)).maxCpusPerNode(2)
                .build();
        SchedulingResult result = schedule(input(nodes(2, 4, 8000), List.of(part), List.of(),
                List.of(job(1, req().tasks(4).memPerNode(10).build()))));

        assertThat(started(result, 1).allocations()).containsExactly(
                new NodeAllocation(0, 2, 10), new NodeAllocation(1, 2, 10));
    }

    @Test
    void maxMemPerCpuRaisesCpusPerTaskInsteadOfGivingMoreMemoryPerCpu() {
        SchedulerPartition part = SchedulerPartition.builder("batch", all(1)).maxMemPerCpu(1000)
                .build();
        SchedulingResult result = schedule(input(nodes(1, 8, 8000), List.of(part), List.of(),
                List.of(job(1, req().tasks(1).memPerCpu(2500).build()))));

        assertThat(started(result, 1).allocations())
                .containsExactly(new NodeAllocation(0, 3, 2502));
    }
}
