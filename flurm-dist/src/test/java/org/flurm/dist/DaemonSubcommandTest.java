package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A daemon not in this build must say so and fail, never pretend to run; flurmdbd is in it
 * and needs its slurmdbd.conf.
 */
class DaemonSubcommandTest {

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ctld       | flurm ctld: the controller (flurmctld) is not available in this"
                        + " build",
                "node       | flurm node: the node daemon (flurmd) is not available in this build",
                "standalone | flurm standalone: the one-machine cluster is not available in this"
                        + " build (flurmctld, flurmd and flurmdbd do not exist yet)",
            })
    void eachDaemonSaysItIsNotInThisBuildAndExitsOne(String subcommand, String message)
            throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final FlurmRun run = FlurmRun.of(subcommand, "-D", "-f", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctld", "node", "dbd", "standalone"})
    void aMissingSlurmConfIsReportedWithItsPath(String subcommand) {
        final Path conf = dir.resolve("absent.conf");

        final FlurmRun run = FlurmRun.of(subcommand, "-f", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("flurm " + subcommand + ": cannot read slurm.conf " + conf
                        + ": no such file; give -f <file> or set SLURM_CONF\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctld", "node"})
    void aDirectoryGivenAsSlurmConfIsRefused(String subcommand) {
        final FlurmRun run = FlurmRun.of(subcommand, "-f", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("flurm " + subcommand + ": cannot read slurm.conf " + dir
                        + ": not a regular file; give -f <file> or set SLURM_CONF\n");
    }

    @Test
    void theAccountingDaemonNeedsSlurmdbdConfBesideSlurmConf() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final FlurmRun run = FlurmRun.of("dbd", "-D", "-f", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("flurm dbd: cannot read slurmdbd.conf "
                + dir.resolve("slurmdbd.conf") + ": no such file\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theNodeDaemonTakesANodeNameWithDashN() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final FlurmRun run = FlurmRun.of("node", "-f", conf.toString(), "-N", "n1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("flurm node: the node daemon (flurmd) is not available in this build\n");
    }
}
