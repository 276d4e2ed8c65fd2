package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.PurgeJobs;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.Command.SubmitJob;
import org.junit.jupiter.api.Test;

/** Purging forgets finished jobs and keeps every job that may still run. */
class JobPurgeTest {

    private final ClusterState state = new ClusterState(ClusterFixtures.twoNodes());

    @Test
    void aPurgeRemovesFinishedJobsAndKeepsPendingOnes() {
        state.apply(new SubmitJob(Jobs.requested("done", 1000, null, false), 500), 1);
        state.apply(new SubmitJob(Jobs.requested("waiting", 1000, null, false), 501), 2);
        state.apply(new SignalJob(100, SignalJob.SIGKILL, 0, 502), 3);

        state.apply(new PurgeJobs(List.of(100, 101, 555), 900), 4);

        assertThat(state.snapshot().job(100)).isEmpty();
        assertThat(state.snapshot().job(101).orElseThrow().name()).isEqualTo("waiting");
        assertThat(state.snapshot().jobs().size()).isEqualTo(1);
        assertThat(state.snapshot().lastJobUpdate()).isEqualTo(900);
        assertThat(state.snapshot().nextJobId()).isEqualTo(102);
    }

    @Test
    void aPurgeKeepsAFinishedJobItsNodesAreStillCompleting() {
        state.apply(new SubmitJob(Jobs.requested("ending", 1000, null, false), 500), 1);
        state.apply(new StartJob(100, List.of(0), List.of(1), List.of(0L), 5, 510), 2);
        state.apply(new CompleteBatchJob(100, 0, 0, 520), 3);

        state.apply(new PurgeJobs(List.of(100), 900), 4);

        assertThat(state.snapshot().job(100).orElseThrow().isCompleting()).isTrue();
        assertThat(state.snapshot().job(100).orElseThrow().isFinished()).isTrue();
    }
}
