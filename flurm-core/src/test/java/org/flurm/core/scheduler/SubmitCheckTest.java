package org.flurm.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flurm.core.scheduler.SubmitCheck.EnforcePartLimits;
import org.junit.jupiter.api.Test;

/** Submission verdicts: accept, accept to pend on a limit, or refuse with SLURM's errno. */
class SubmitCheckTest {
    private static final List<SchedulerNode> NODES = List.of(
            SchedulerNode.idle("n0", 4, 8000).withFeatures("a"),
            SchedulerNode.idle("n1", 4, 8000).withFeatures("b"),
            SchedulerNode.idle("n2", 4, 8000));

    private static final List<SchedulerPartition> PARTITIONS = List.of(
            SchedulerPartition.builder("batch", List.of(0, 1)).maxTime(60).build(),
            SchedulerPartition.builder("narrow", List.of(0, 1)).maxNodes(1).build(),
            SchedulerPartition.builder("down", List.of(0)).state(PartitionState.DOWN).build(),
            SchedulerPartition.builder("drain", List.of(0)).state(PartitionState.DRAIN).build(),
            SchedulerPartition.builder("off", List.of(0)).state(PartitionState.INACTIVE)
                    .build(),
            SchedulerPartition.builder("zero", List.of(0)).defaultTime(0).build(),
            SchedulerPartition.builder("small", List.of(0)).maxMemPerNode(4000).build(),
            SchedulerPartition.builder("long", List.of(2)).build());

    private static SubmitVerdict check(EnforcePartLimits enforce, JobRequirements req,
            String... partitions) {
        return new SubmitCheck(NODES, PARTITIONS, SchedulerConfig.DEFAULTS, enforce)
                .check(req, List.of(partitions));
    }

    private static SubmitVerdict check(JobRequirements req, String... partitions) {
        return check(EnforcePartLimits.NO, req, partitions);
    }

    private static JobRequirements.Builder req() {
        return JobRequirements.builder().timeLimit(30).memPerNode(100);
    }

    private static void assertRejected(SubmitVerdict verdict, SlurmErrno errno) {
        assertThat(verdict).isInstanceOf(SubmitVerdict.Reject.class);
        assertThat(((SubmitVerdict.Reject) verdict).error()).isEqualTo(errno);
        assertThat(((SubmitVerdict.Reject) verdict).message()).isNotBlank();
    }

    @Test
    void requestThatFitsIsAccepted() {
        assertThat(check(req().tasks(8).build(), "batch")).isEqualTo(SubmitVerdict.ACCEPT);
    }

    @Test
    void unknownPartitionIsRefusedWithInvalidPartitionName() {
        assertRejected(check(req().build(), "nosuch"), SlurmErrno.ESLURM_INVALID_PARTITION_NAME);
        assertThat(SlurmErrno.ESLURM_INVALID_PARTITION_NAME.code()).isEqualTo(2000);
    }

    @Test
    void drainedOrInactivePartitionIsRefusedWithPartitionNotAvail() {
        assertRejected(check(req().build(), "drain"), SlurmErrno.ESLURM_PARTITION_NOT_AVAIL);
        assertRejected(check(req().build(), "off"), SlurmErrno.ESLURM_PARTITION_NOT_AVAIL);
        assertThat(SlurmErrno.ESLURM_PARTITION_NOT_AVAIL.code()).isEqualTo(2070);
    }

    @Test
    void downPartitionAcceptsTheJobToPendWithPartitionDown() {
        assertThat(check(req().build(), "down"))
                .isEqualTo(new SubmitVerdict.AcceptPending(JobStateReason.WAIT_PART_DOWN));
    }

    @Test
    void moreCpusPerTaskThanAnyNodeHasIsRefusedAsNodeConfigUnavailable() {
        assertRejected(check(req().cpusPerTask(8).build(), "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
        assertThat(SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE.code()).isEqualTo(2014);
    }

    @Test
    void moreMemoryThanAnyNodeHasIsRefusedAsNodeConfigUnavailable() {
        assertRejected(check(req().memPerNode(16_000).build(), "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
    }

    @Test
    void moreNodesThanThePartitionHasIsRefused() {
        JobRequirements threeNodes = req().nodes(3).build();
        assertRejected(check(threeNodes, "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
        assertRejected(check(EnforcePartLimits.ALL, threeNodes, "batch"),
                SlurmErrno.ESLURM_INVALID_NODE_COUNT);
    }

    @Test
    void moreCpusThanThePartitionHasIsRefused() {
        JobRequirements manyTasks = req().tasks(9).build();
        assertRejected(check(manyTasks, "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
        assertRejected(check(EnforcePartLimits.ALL, manyTasks, "batch"),
                SlurmErrno.ESLURM_TOO_MANY_REQUESTED_CPUS);
    }

    @Test
    void timeLimitAboveMaxTimePendsUnlessLimitsAreEnforced() {
        JobRequirements longJob = req().timeLimit(120).build();
        assertThat(check(longJob, "batch"))
                .isEqualTo(new SubmitVerdict.AcceptPending(JobStateReason.WAIT_PART_TIME_LIMIT));
        assertRejected(check(EnforcePartLimits.ALL, longJob, "batch"),
                SlurmErrno.ESLURM_INVALID_TIME_LIMIT);
        assertThat(SlurmErrno.ESLURM_INVALID_TIME_LIMIT.code()).isEqualTo(2051);
    }

    @Test
    void nodeCountAboveMaxNodesPendsUnlessLimitsAreEnforced() {
        JobRequirements twoNodes = req().nodes(2).build();
        assertThat(check(twoNodes, "narrow"))
                .isEqualTo(new SubmitVerdict.AcceptPending(JobStateReason.WAIT_PART_NODE_LIMIT));
        assertRejected(check(EnforcePartLimits.ANY, twoNodes, "narrow"),
                SlurmErrno.ESLURM_INVALID_NODE_COUNT);
        assertThat(SlurmErrno.ESLURM_INVALID_NODE_COUNT.code()).isEqualTo(2006);
    }

    @Test
    void memoryAboveMaxMemPerNodePendsUnlessLimitsAreEnforced() {
        JobRequirements big = req().memPerNode(6000).build();
        assertThat(check(big, "small"))
                .isEqualTo(new SubmitVerdict.AcceptPending(JobStateReason.WAIT_PN_MEM_LIMIT));
        assertRejected(check(EnforcePartLimits.ALL, big, "small"),
                SlurmErrno.ESLURM_INVALID_TASK_MEMORY);
    }

    @Test
    void missingTimeLimitWithDefaultTimeZeroIsRefused() {
        JobRequirements noLimit = JobRequirements.builder().memPerNode(100).build();
        assertRejected(check(noLimit, "zero"), SlurmErrno.ESLURM_INVALID_TIME_LIMIT);
    }

    @Test
    void unknownNodeNameIsRefused() {
        assertRejected(check(req().nodelist("n9").build(), "batch"),
                SlurmErrno.ESLURM_INVALID_NODE_NAME);
    }

    @Test
    void requiredNodeOutsideThePartitionIsRefused() {
        JobRequirements onN2 = req().nodelist("n2").build();
        assertRejected(check(onN2, "batch"), SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
        assertRejected(check(EnforcePartLimits.ALL, onN2, "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODES_NOT_IN_PARTITION);
    }

    @Test
    void unknownOrMalformedFeatureIsRefusedWithInvalidFeature() {
        assertRejected(check(req().constraint("gpu").build(), "batch"),
                SlurmErrno.ESLURM_INVALID_FEATURE);
        assertRejected(check(req().constraint("a&").build(), "batch"),
                SlurmErrno.ESLURM_INVALID_FEATURE);
    }

    @Test
    void featuresNoNodeOfThePartitionCombinesAreRefusedAsNodeConfigUnavailable() {
        assertRejected(check(req().constraint("a&b").build(), "batch"),
                SlurmErrno.ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE);
        assertThat(check(req().constraint("a|b").nodes(2).build(), "batch"))
                .isEqualTo(SubmitVerdict.ACCEPT);
    }

    @Test
    void withSeveralPartitionsAnyNeedsOnePartitionWithinLimitsAndAllNeedsEvery() {
        JobRequirements longJob = req().timeLimit(120).build();
        assertThat(check(EnforcePartLimits.ANY, longJob, "batch", "long"))
                .isEqualTo(SubmitVerdict.ACCEPT);
        assertRejected(check(EnforcePartLimits.ALL, longJob, "batch", "long"),
                SlurmErrno.ESLURM_INVALID_TIME_LIMIT);
    }

    @Test
    void drainedPartitionInAListIsSkipped() {
        assertThat(check(req().build(), "drain", "long")).isEqualTo(SubmitVerdict.ACCEPT);
    }
}
