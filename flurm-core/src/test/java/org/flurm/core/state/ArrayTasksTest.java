package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.flurm.core.command.Command.SignalArrayTask;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.SplitArrayTask;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.CommandResult;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.pack.DecodeException;
import org.junit.jupiter.api.Test;

/** An array's pending tasks: read from sbatch's expression, kept as hex, taken out one by one. */
class ArrayTasksTest {

    @Test
    void expressionsBecomeSlurmsHexBitmapAndThrottle() {
        assertThat(ArrayTasks.parse("0-9%2")).contains(new ArrayTasks("0x3FF", 2));
        assertThat(ArrayTasks.parse("1,3,5")).contains(new ArrayTasks("0x2A", 0));
        assertThat(ArrayTasks.parse("1-9:2")).contains(new ArrayTasks("0x2AA", 0));
        assertThat(ArrayTasks.parse("0")).contains(new ArrayTasks("0x1", 0));
    }

    @Test
    void malformedOrTooLargeExpressionsAreRefused() {
        for (String bad : List.of("", "5-1", "0-1001", "a", "1-2-3", "1-9:0", "0-3%x", "-1")) {
            assertThat(ArrayTasks.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
    }

    @Test
    void cancellingTasksTakesThemOutAndTheLastOneEndsTheArray() {
        final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
        final Job requested = Jobs.requested("arr", 1000, null, true)
                .withArrayTasks(ArrayTasks.parse("3,5").orElseThrow());
        state.apply(new SubmitJob(requested, 500), 1);

        final CommandResult first = state.apply(new SignalArrayTask(100, 3, 9, 1000, 501), 2);
        final CommandResult missing = state.apply(new SignalArrayTask(100, 3, 9, 1000, 502), 3);
        final Job afterFirst = state.snapshot().job(100).orElseThrow();
        state.apply(new SignalArrayTask(100, 5, 9, 1000, 503), 4);
        final Job afterLast = state.snapshot().job(100).orElseThrow();

        assertThat(first.rc()).isZero();
        assertThat(missing.rc()).isEqualTo(2017);
        assertThat(afterFirst.arrayJobId()).isEqualTo(100);
        assertThat(afterFirst.arrayTasks()).isEqualTo(new ArrayTasks("0x20", 0));
        assertThat(afterFirst.state()).isEqualTo(JobState.PENDING);
        assertThat(afterLast.state()).isEqualTo(JobState.CANCELLED);
        assertThat(afterLast.times().end()).isEqualTo(503);
    }

    @Test
    void anArrayRecordReadsBackFromTheSavedState() throws DecodeException {
        final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
        state.apply(new SubmitJob(Jobs.requested("arr", 1000, null, false)
                .withArrayTasks(new ArrayTasks("0x3FF", 2)), 500), 1);

        final ClusterSnapshot read = StateCodec.readState(StateCodec.writeState(state.snapshot()),
                ClusterFixtures.twoNodes());

        assertThat(read.jobs().toList()).isEqualTo(state.snapshot().jobs().toList());
        assertThat(read.job(100).orElseThrow().arrayTasks()).isEqualTo(
                new ArrayTasks("0x3FF", 2));
    }

    @Test
    void splitTasksGetTheNextIdsAndTheLastTaskIsTheArraysOwnRecord() {
        final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
        state.apply(new SubmitJob(Jobs.requested("arr", 1000, null, false)
                .withArrayTasks(ArrayTasks.parse("0-2%2").orElseThrow()), 500), 1);

        final CommandResult first = state.apply(new SplitArrayTask(100, 0, 501), 2);
        final CommandResult second = state.apply(new SplitArrayTask(100, 1, 502), 3);
        final CommandResult last = state.apply(new SplitArrayTask(100, 2, 503), 4);
        final CommandResult again = state.apply(new SplitArrayTask(100, 2, 504), 5);

        assertThat(first).isEqualTo(new CommandResult(0, 101));
        assertThat(second).isEqualTo(new CommandResult(0, 102));
        assertThat(last).isEqualTo(new CommandResult(0, 100));
        assertThat(again.rc()).isEqualTo(2017);
        final Job task = state.snapshot().job(101).orElseThrow();
        assertThat(task.arrayJobId()).isEqualTo(100);
        assertThat(task.arrayTaskId()).isZero();
        assertThat(task.arrayTasks()).isNull();
        final Job array = state.snapshot().job(100).orElseThrow();
        assertThat(array.arrayTaskId()).isEqualTo(2);
        assertThat(array.arrayTasks()).isNull();
        assertThat(state.snapshot().nextJobId()).isEqualTo(103);

        // cancelling the array cancels every task split off it
        state.apply(new SignalJob(100, SignalJob.SIGKILL, 1000, 505), 6);
        assertThat(state.snapshot().job(101).orElseThrow().state())
                .isEqualTo(JobState.CANCELLED);
        assertThat(state.snapshot().job(102).orElseThrow().state())
                .isEqualTo(JobState.CANCELLED);
    }
}
