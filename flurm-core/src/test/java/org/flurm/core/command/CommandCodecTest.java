package org.flurm.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.JobTimedOut;
import org.flurm.core.command.Command.LaunchFailed;
import org.flurm.core.command.Command.NodeNotResponding;
import org.flurm.core.command.Command.NodeRegistered;
import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.RequeueJob;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.Command.UpdateJob;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.state.Jobs;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.pack.DecodeException;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

    @Test
    void everyCommandReadsBackEqual() throws DecodeException {
        final List<Command> commands = List.of(
                new SubmitJob(Jobs.requested("a", 1000, null, true), 123),
                new SignalJob(7, 9, 1000, 124),
                new UpdateJob(7, 1000, false, 0, true, null, null, 125),
                new UpdateJob(7, 0, true, null, false, 10, "renamed", 126),
                new RequeueJob(7, 0, true, 127),
                new UpdateNode(List.of("n1", "n2"), 0x200, "bad disk", 0, 128),
                new SetPendingReasons(List.of(
                        new PendingReason(7, JobStateReason.WAIT_PRIORITY),
                        new PendingReason(8, JobStateReason.WAIT_RESOURCES)), 129),
                new NodeRegistered("n1", 2, 130),
                new NodeNotResponding("n2", 0, 131),
                new StartJob(7, List.of(0, 1), List.of(2, 1), List.of(0L, 500L), 60, 132),
                new LaunchFailed(7, 133),
                new CompleteBatchJob(7, 768, 0, 134),
                new EpilogComplete(7, "n2", 135),
                new JobTimedOut(7, 136));

        for (Command command : commands) {
            assertThat(CommandCodec.decode(CommandCodec.encode(command))).isEqualTo(command);
        }
    }

    @Test
    void resultsReadBackEqual() throws DecodeException {
        final CommandResult result = new CommandResult(2042, 17);
        assertThat(CommandCodec.decodeResult(CommandCodec.encodeResult(result)))
                .isEqualTo(result);
    }

    @Test
    void anUnknownTagIsRefused() {
        assertThatThrownBy(() -> CommandCodec.decode(new byte[] {0, 99, 0, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(DecodeException.class).hasMessageContaining("command tag 99");
    }
}
