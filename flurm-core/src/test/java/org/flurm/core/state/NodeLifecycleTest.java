package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.JobTimedOut;
import org.flurm.core.command.Command.LaunchFailed;
import org.flurm.core.command.Command.NodeNotResponding;
import org.flurm.core.command.Command.NodeRegistered;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.command.CommandResult;
import org.flurm.core.command.ErrorCodes;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.junit.jupiter.api.Test;

/**
 * The node daemon side of the state: nodes registering and going silent, jobs starting,
 * ending and their nodes completing them.
 */
class NodeLifecycleTest {

    private static final int USER = 1000;

    private final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
    private long index;

    private CommandResult apply(org.flurm.core.command.Command command) {
        return state.apply(command, ++index);
    }

    private Job job(int id) {
        return state.snapshot().job(id).orElseThrow();
    }

    private Node node(String name) {
        return state.snapshot().node(name).orElseThrow();
    }

    /** Job 100 submitted and started on both nodes with one CPU each, limit 10 minutes. */
    private void runJobOnBothNodes() {
        apply(new SubmitJob(Jobs.requested("a", USER, null, false), 500));
        assertThat(apply(new StartJob(100, List.of(0, 1), List.of(1, 1), List.of(0L, 0L), 10,
                600))).isEqualTo(CommandResult.ok(100));
    }

    @Test
    void aStartedJobRunsOnItsNodesUntilItsTimeLimit() {
        runJobOnBothNodes();

        assertThat(job(100).state()).isEqualTo(JobState.RUNNING);
        assertThat(job(100).nodeList()).isEqualTo("n[1-2]");
        assertThat(job(100).times().start()).isEqualTo(600);
        assertThat(job(100).times().end()).isEqualTo(1200);
        assertThat(job(100).allocation()).isEqualTo(new Job.Allocation(List.of(0, 1),
                List.of(1, 1), List.of(0L, 0L), List.of()));
        assertThat(job(100).isCompleting()).isFalse();
    }

    @Test
    void aFailedScriptEndsTheJobFailedAndEveryNodeCompletesItUntilItsEpilog() {
        runJobOnBothNodes();

        apply(new CompleteBatchJob(100, 768, 0, 700));

        assertThat(job(100).state()).isEqualTo(JobState.FAILED);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.FAIL_EXIT_CODE);
        assertThat(job(100).exitCode()).isEqualTo(768);
        assertThat(job(100).times().end()).isEqualTo(700);
        assertThat(job(100).allocation().completing()).containsExactly(0, 1);

        apply(new EpilogComplete(100, "n2", 701));
        assertThat(job(100).allocation().completing()).containsExactly(0);
        apply(new EpilogComplete(100, "n1", 702));
        assertThat(job(100).isCompleting()).isFalse();
    }

    @Test
    void aScriptThatExitsZeroCompletesTheJob() {
        runJobOnBothNodes();

        apply(new CompleteBatchJob(100, 0, 0, 700));

        assertThat(job(100).state()).isEqualTo(JobState.COMPLETE);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_NO_REASON);
    }

    @Test
    void aCancelledRunningJobKeepsItsStateWhenTheScriptEndsAfterwards() {
        runJobOnBothNodes();

        apply(new SignalJob(100, SignalJob.SIGKILL, USER, 650));
        apply(new CompleteBatchJob(100, 15, 0, 651));

        assertThat(job(100).state()).isEqualTo(JobState.CANCELLED);
        assertThat(job(100).exitCode()).isEqualTo(15);
        assertThat(job(100).allocation().completing()).containsExactly(0, 1);
    }

    @Test
    void aJobPastItsLimitTimesOut() {
        runJobOnBothNodes();

        apply(new JobTimedOut(100, 1200));

        assertThat(job(100).state()).isEqualTo(JobState.TIMEOUT);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.FAIL_TIMEOUT);
        assertThat(job(100).isCompleting()).isTrue();
    }

    @Test
    void aFailedLaunchRequeuesTheJobHeldWhileItsNodesComplete() {
        runJobOnBothNodes();

        apply(new LaunchFailed(100, 601));

        assertThat(job(100).state()).isEqualTo(JobState.PENDING);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_HELD);
        assertThat(job(100).priority()).isZero();
        assertThat(job(100).restartCount()).isEqualTo(1);
        assertThat(job(100).allocation().completing()).containsExactly(0, 1);
    }

    @Test
    void aSilentNodeGoesDownAndItsRunningJobFails() {
        runJobOnBothNodes();

        apply(new NodeNotResponding("n2", 0, 800));

        assertThat(node("n2").state()).isEqualTo(NodeState.DOWN);
        assertThat(node("n2").reason()).isEqualTo("Not responding");
        assertThat(job(100).state()).isEqualTo(JobState.NODE_FAIL);
        assertThat(job(100).allocation().completing()).containsExactly(0);
    }

    @Test
    void registrationReturnsANodeDownForSilenceWithReturnToServiceOne() {
        apply(new NodeNotResponding("n2", 0, 800));

        apply(new NodeRegistered("n2", 1, 810));

        assertThat(node("n2").state()).isEqualTo(NodeState.IDLE);
        assertThat(node("n2").reason()).isNull();
    }

    @Test
    void registrationLeavesANodeAnAdministratorSetDownWithReturnToServiceOne() {
        apply(new UpdateNode(List.of("n2"), NodeState.DOWN.value(), "disk", 0, 800));

        apply(new NodeRegistered("n2", 1, 810));

        assertThat(node("n2").state()).isEqualTo(NodeState.DOWN);
        assertThat(node("n2").reason()).isEqualTo("disk");
    }

    @Test
    void registrationReturnsAnyDownNodeWithReturnToServiceTwoAndKeepsItsDrain() {
        apply(new UpdateNode(List.of("n2"), NodeState.DRAIN, "check", 0, 790));
        apply(new UpdateNode(List.of("n2"), NodeState.DOWN.value(), "disk", 0, 800));

        apply(new NodeRegistered("n2", 2, 810));

        assertThat(node("n2").state()).isEqualTo(NodeState.IDLE);
        assertThat(node("n2").drain()).isTrue();
    }

    @Test
    void aJobNoLongerPendingCannotStart() {
        runJobOnBothNodes();

        assertThat(apply(new StartJob(100, List.of(0), List.of(1), List.of(0L), 10, 900)))
                .isEqualTo(CommandResult.error(ErrorCodes.ESLURM_JOB_NOT_PENDING));
    }
}
