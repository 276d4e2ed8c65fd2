package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.pack.DecodeException;
import org.junit.jupiter.api.Test;

class StateCodecTest {

    @Test
    void aSavedStateLaidOverTheConfigurationGivesTheSameSnapshot() throws DecodeException {
        final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
        state.apply(new SubmitJob(Jobs.requested("a", 1000, null, false), 500), 1);
        state.apply(new SubmitJob(Jobs.requested("b", 1001, "short", true), 501), 2);
        state.apply(new UpdateNode(List.of("n1"), NodeState.DRAIN, "x", 0, 502), 3);
        final ClusterSnapshot saved = state.snapshot();

        final ClusterSnapshot read = StateCodec.readState(StateCodec.writeState(saved),
                ClusterFixtures.twoNodes());

        assertThat(read.appliedIndex()).isEqualTo(3);
        assertThat(read.nextJobId()).isEqualTo(102);
        assertThat(read.jobs().toList()).isEqualTo(saved.jobs().toList());
        assertThat(read.nodes()).isEqualTo(saved.nodes());
        assertThat(read.partitions()).isEqualTo(saved.partitions());
        assertThat(read.lastJobUpdate()).isEqualTo(501);
        assertThat(read.lastNodeUpdate()).isEqualTo(502);
    }

    @Test
    void aRunningJobsAllocationAndCompletingNodesSurviveSaving() throws DecodeException {
        final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());
        state.apply(new SubmitJob(Jobs.requested("a", 1000, null, false), 500), 1);
        state.apply(new StartJob(100, List.of(0, 1), List.of(2, 1), List.of(0L, 300L), 5,
                510), 2);
        state.apply(new CompleteBatchJob(100, 0, 0, 520), 3);
        state.apply(new EpilogComplete(100, "n1", 521), 4);
        final ClusterSnapshot saved = state.snapshot();

        final ClusterSnapshot read = StateCodec.readState(StateCodec.writeState(saved),
                ClusterFixtures.twoNodes());

        assertThat(read.job(100).orElseThrow().allocation()).isEqualTo(new Job.Allocation(
                List.of(0, 1), List.of(2, 1), List.of(0L, 300L), List.of(1)));
        assertThat(read.jobs().toList()).isEqualTo(saved.jobs().toList());
    }
}
