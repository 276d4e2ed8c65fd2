package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageErrorTest {

    @Test
    void anUnknownOptionExitsTwoWithPicocliUsageError() {
        final FlurmRun run = FlurmRun.of("--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .startsWith("Unknown option: '--bogus'", "Usage: flurm [-hV] [COMMAND]");
    }

    @Test
    void anUnknownSubcommandOptionExitsTwoWithThatSubcommandsUsage() {
        final FlurmRun run = FlurmRun.of("ctld", "-x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .startsWith("Unknown option: '-x'", "Usage: flurm ctld [-DhVv] [-f <file>]");
    }

    @Test
    void anOptionMissingItsValueExitsTwo() {
        final FlurmRun run = FlurmRun.of("node", "-N");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .first()
                .isEqualTo("Missing required parameter for option '-N' (<nodename>)");
    }

    @Test
    void noSubcommandIsAUsageError() {
        final FlurmRun run = FlurmRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .startsWith(
                        "Missing subcommand: one of ctld, node, dbd, standalone",
                        "Usage: flurm [-hV] [COMMAND]");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        final FlurmRun run = FlurmRun.of("slurmctld");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .first()
                .isEqualTo("Unmatched argument at index 0: 'slurmctld'");
    }
}
