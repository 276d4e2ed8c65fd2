package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class VerbosityTest {

    @TempDir Path dir;

    @AfterEach
    void restoreTheConfiguredLevel() {
        Verbosity.apply(0);
    }

    @Test
    void eachDashVRaisesTheLevelOneStepUpToTrace() {
        assertThat(Verbosity.levelFor(0)).isEqualTo(Level.INFO);
        assertThat(Verbosity.levelFor(1)).isEqualTo(Level.DEBUG);
        assertThat(Verbosity.levelFor(2)).isEqualTo(Level.TRACE);
        assertThat(Verbosity.levelFor(5)).isEqualTo(Level.TRACE);
    }

    @Test
    void dashVvOnADaemonSetsFlurmsLoggersToTraceAndLeavesLibrariesAtInfo() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        FlurmRun.of("ctld", "-vv", "-f", conf.toString());

        final var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("org.flurm.dist.CtldCommand").getEffectiveLevel())
                .isEqualTo(Level.TRACE);
        assertThat(context.getLogger("io.netty.channel").getEffectiveLevel())
                .isEqualTo(Level.INFO);
    }

    @Test
    void withoutDashVFlurmLogsAtInfo() throws IOException {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");
        Verbosity.apply(2);

        FlurmRun.of("node", "-f", conf.toString());

        final var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger("org.flurm").getLevel()).isEqualTo(Level.INFO);
    }
}
