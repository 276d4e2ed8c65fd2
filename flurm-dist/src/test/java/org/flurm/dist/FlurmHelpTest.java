package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlurmHelpTest {

    @Test
    void helpListsTheFourSubcommandsWithOneLineEachAndExitsZero() {
        final FlurmRun run = FlurmRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .startsWith("Usage: flurm [-hV] [COMMAND]")
                .containsSubsequence(
                        "Commands:",
                        "  ctld        Run the controller, flurmctld (plays slurmctld).",
                        "  node        Run the node daemon on this host, flurmd (plays slurmd).",
                        "  dbd         Run the accounting daemon, flurmdbd (plays slurmdbd).",
                        "  standalone  Run a one-machine cluster: controller, node daemons and"
                                + " munged.");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        final FlurmRun run = FlurmRun.of("--help");

        assertThat(run.out().lines())
                .containsSubsequence(
                        "Exit codes:",
                        "  0   success",
                        "  1   cannot run (daemon not in this build, or unreadable slurm.conf)",
                        "  2   usage error");
    }

    @Test
    void nodeHelpShowsTheSlurmdStyleOptions() {
        final FlurmRun run = FlurmRun.of("node", "--help");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out().lines())
                .startsWith("Usage: flurm node [-DhVv] [-f <file>] [-N <nodename>]");
    }
}
