package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlurmVersionTest {

    @Test
    void versionPrintsTheBuildVersionAndTheSlurmProtocolItSpeaks() {
        final FlurmRun run = FlurmRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .containsExactly(
                        "flurm " + System.getProperty("flurm.expected.version"),
                        "SLURM protocol 22.05 (0x2600)",
                        "Java " + Runtime.version());
    }

    @Test
    void theBuildStampedItsVersionIntoTheJar() {
        assertThat(FlurmVersion.current())
                .isEqualTo(new FlurmVersion(
                        System.getProperty("flurm.expected.version"), "22.05", 0x2600));
    }

    @Test
    void eachSubcommandAnswersVersionToo() {
        final FlurmRun run = FlurmRun.of("ctld", "-V");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out().lines()).contains("SLURM protocol 22.05 (0x2600)");
    }
}
