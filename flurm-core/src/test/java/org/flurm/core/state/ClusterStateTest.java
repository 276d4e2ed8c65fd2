package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.RequeueJob;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.Command.UpdateJob;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.command.CommandResult;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.junit.jupiter.api.Test;

class ClusterStateTest {

    private static final int USER = 1000;
    private static final int INFINITE = -1;

    private final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
    private long index;

    private CommandResult submit(String name, String partition, boolean held) {
        return state.apply(new SubmitJob(Jobs.requested(name, USER, partition, held), 500),
                ++index);
    }

    private Job job(int id) {
        return state.snapshot().job(id).orElseThrow();
    }

    @Test
    void submissionsGetIdsFromFirstJobIdUpwardAndThePartitionsTimeLimit() {
        assertThat(submit("a", null, false)).isEqualTo(new CommandResult(0, 100));
        assertThat(submit("b", "short", false)).isEqualTo(new CommandResult(0, 101));

        assertThat(state.snapshot().nextJobId()).isEqualTo(102);
        assertThat(job(100).partition()).isEqualTo("debug");
        assertThat(job(100).times().timeLimit()).isEqualTo(INFINITE);
        assertThat(job(100).times().submit()).isEqualTo(500);
        assertThat(job(100).state()).isEqualTo(JobState.PENDING);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(job(101).times().timeLimit()).isEqualTo(30);
        assertThat(state.snapshot().appliedIndex()).isEqualTo(2);
    }

    @Test
    void aHeldSubmissionSucceedsWithJobHeldAndWaitsForTheUser() {
        assertThat(submit("h", null, true)).isEqualTo(new CommandResult(2042, 100));

        assertThat(job(100).priority()).isZero();
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_HELD_USER);
        assertThat(job(100).times().eligible()).isZero();
    }

    @Test
    void anUnknownPartitionIsRefusedAndUsesNoId() {
        assertThat(submit("x", "nosuch", false)).isEqualTo(new CommandResult(2000, 0));
        assertThat(state.snapshot().nextJobId()).isEqualTo(100);
        assertThat(state.snapshot().jobs().size()).isZero();
    }

    @Test
    void killingAPendingJobCancelsItAtOnceAndASecondKillFindsItDone() {
        submit("a", null, false);

        assertThat(state.apply(new SignalJob(100, 9, USER, 600), ++index).rc()).isZero();
        assertThat(job(100).state()).isEqualTo(JobState.CANCELLED);
        assertThat(job(100).times().end()).isEqualTo(600);
        assertThat(state.snapshot().lastJobUpdate()).isEqualTo(600);
        assertThat(state.apply(new SignalJob(100, 9, USER, 601), ++index).rc()).isEqualTo(2021);
        assertThat(state.apply(new SignalJob(999, 9, USER, 601), ++index).rc()).isEqualTo(2017);
    }

    @Test
    void aUserCannotReleaseAnAdministratorsHoldButAnOperatorCan() {
        submit("a", null, false);
        state.apply(new UpdateJob(100, 0, true, 0, false, null, null, 600), ++index);
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_HELD);

        final UpdateJob byUser = new UpdateJob(100, USER, false, INFINITE, false, null, null,
                601);
        assertThat(state.apply(byUser, ++index).rc()).isEqualTo(2002);
        final UpdateJob byOperator = new UpdateJob(100, 0, true, INFINITE, false, null, null,
                602);
        assertThat(state.apply(byOperator, ++index).rc()).isZero();
        assertThat(job(100).isHeld()).isFalse();
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(job(100).times().eligible()).isEqualTo(602);
    }

    @Test
    void aUserMayLowerButNotRaiseATimeLimit() {
        submit("a", null, false);

        assertThat(state.apply(new UpdateJob(100, USER, false, null, false, 10, "renamed", 600),
                ++index).rc()).isZero();
        assertThat(job(100).times().timeLimit()).isEqualTo(10);
        assertThat(job(100).name()).isEqualTo("renamed");
        assertThat(state.apply(new UpdateJob(100, USER, false, null, false, 20, null, 601),
                ++index).rc()).isEqualTo(2002);
        assertThat(job(100).times().timeLimit()).isEqualTo(10);
    }

    @Test
    void drainKeepsTheBaseStateAndResumeClearsTheReason() {
        state.apply(new UpdateNode(List.of("n2"), NodeState.DRAIN, "bad disk", 0, 700),
                ++index);
        final Node drained = state.snapshot().node("n2").orElseThrow();
        assertThat(drained.drain()).isTrue();
        assertThat(drained.state()).isEqualTo(NodeState.IDLE);
        assertThat(drained.reason()).isEqualTo("bad disk");
        assertThat(drained.reasonTime()).isEqualTo(700);

        state.apply(new UpdateNode(List.of("n2"), NodeState.RESUME, null, 0, 701), ++index);
        final Node resumed = state.snapshot().node("n2").orElseThrow();
        assertThat(resumed.drain()).isFalse();
        assertThat(resumed.reason()).isNull();
        assertThat(state.apply(new UpdateNode(List.of("n9"), NodeState.DRAIN, "x", 0, 702),
                ++index).rc()).isEqualTo(2018);
    }

    @Test
    void theSchedulersReasonsChangePendingJobsButNotHeldOrFinishedOnes() {
        submit("a", null, false);
        submit("h", null, true);
        submit("c", null, false);
        state.apply(new SignalJob(102, 9, USER, 600), ++index);

        state.apply(new SetPendingReasons(List.of(
                new PendingReason(100, JobStateReason.WAIT_PRIORITY),
                new PendingReason(101, JobStateReason.WAIT_PRIORITY),
                new PendingReason(102, JobStateReason.WAIT_PRIORITY)), 700), ++index);

        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_PRIORITY);
        assertThat(job(101).reason()).isEqualTo(JobStateReason.WAIT_HELD_USER);
        assertThat(job(102).state()).isEqualTo(JobState.CANCELLED);
        assertThat(job(102).reason()).isEqualTo(JobStateReason.WAIT_RESOURCES);
        assertThat(state.snapshot().lastJobUpdate()).isEqualTo(700);
    }

    @Test
    void requeueReturnsAFinishedJobToTheQueueButNotAPendingOne() {
        submit("a", null, false);
        assertThat(state.apply(new RequeueJob(100, USER, false, 600), ++index).rc())
                .isEqualTo(2024);

        state.apply(new SignalJob(100, 9, USER, 601), ++index);
        assertThat(state.apply(new RequeueJob(100, USER, true, 602), ++index).rc()).isZero();

        assertThat(job(100).state()).isEqualTo(JobState.PENDING);
        assertThat(job(100).isHeld()).isTrue();
        assertThat(job(100).reason()).isEqualTo(JobStateReason.WAIT_HELD_USER);
        assertThat(job(100).restartCount()).isEqualTo(1);
        assertThat(job(100).times().end()).isZero();
    }
}
