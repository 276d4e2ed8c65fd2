package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A daemon that is not in this build must say so and fail, never pretend to run; the
 * daemons that are refuse a configuration they cannot serve and say why.
 */
class DaemonSubcommandTest {

    @TempDir Path dir;

    @Test
    void standaloneRefusesASlurmConfWithNoNodeOnThisHostAndExitsOne() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), String.join("\n",
                "ClusterName=test",
                "SlurmctldHost=localhost",
                "NodeName=n1 NodeAddr=192.0.2.1 CPUs=1",
                "PartitionName=debug Nodes=ALL",
                ""));

        final FlurmRun run = FlurmRun.of("standalone", "-f", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("flurm standalone: no node of " + conf
                + " is on this host: give one a NodeAddr or NodeHostname of this host"
                + " (localhost will do)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theControllerRefusesASlurmConfItCannotServeAndExitsOne() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final FlurmRun run = FlurmRun.of("ctld", "-D", "-f", conf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("flurm ctld: " + conf + ": no SlurmctldHost is set\n");
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
    void theNodeDaemonReportsASlurmConfWithoutController() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final FlurmRun run = FlurmRun.of("node", "-f", conf.toString(), "-N", "n1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("flurm node: " + conf + ": no SlurmctldHost is set\n");
    }

    @Test
    void theNodeDaemonTakesItsNodeNameWithDashN() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), String.join("\n",
                "ClusterName=test",
                "SlurmctldHost=localhost",
                "NodeName=n1 NodeAddr=127.0.0.1 CPUs=1",
                "PartitionName=debug Nodes=ALL",
                ""));

        final FlurmRun run = FlurmRun.of("node", "-f", conf.toString(), "-N", "n9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("flurm node: " + conf + ": NodeName n9 is not defined\n");
    }
}
