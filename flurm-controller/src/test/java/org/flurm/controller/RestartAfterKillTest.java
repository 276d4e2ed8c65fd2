package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.controller.TestCluster.SQUEUE_HEADER;
import static org.flurm.controller.TestCluster.squeueLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: flurmctld as a real process is killed with SIGKILL after
 * acknowledging submissions, and the restarted one knows the same jobs, states and next id;
 * then {@code scontrol shutdown} stops it cleanly.
 */
class RestartAfterKillTest {

    @TempDir
    Path temp;

    private static Process startController(TestCluster cluster) throws IOException {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"),
                Flurmctld.class.getName(), "-D", "-f", cluster.slurmConf().toString())
                .redirectErrorStream(true)
                .redirectOutput(cluster.dir().resolve("flurmctld.log").toFile())
                .start();
    }

    /** Waits until scontrol ping answers UP; the controller replays its log first. */
    private static void awaitUp(TestCluster cluster, Process controller) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (!controller.isAlive()) {
                throw new IllegalStateException("flurmctld exited with "
                        + controller.exitValue());
            }
            if (cluster.run("scontrol", "ping").output().endsWith(" is UP\n")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("flurmctld did not come up");
    }

    private static void kill9(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void jobsStatesAndTheNextIdSurviveKillNine() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            Process controller = startController(cluster);
            try {
                awaitUp(cluster, controller);
                assertThat(cluster.run("sbatch", "--hold", "--wrap=true", "-J", "held")
                        .output()).isEqualTo("Submitted batch job 1\n");
                assertThat(cluster.run("sbatch", "--wrap=true", "-J", "waiting").output())
                        .isEqualTo("Submitted batch job 2\n");
                assertThat(cluster.run("sbatch", "--wrap=true", "-J", "gone").output())
                        .isEqualTo("Submitted batch job 3\n");
                assertThat(cluster.run("scancel", "3").exit()).isZero();

                // SIGKILL: no chance to save anything beyond what was committed
                assertThat(controller.toHandle().pid()).isPositive();
                kill9(controller);

                controller = startController(cluster);
                awaitUp(cluster, controller);
                final Result squeue = cluster.run("squeue");
                final Result all = cluster.run("squeue", "-h", "-t", "all", "-o", "%i %j %T");
                final Result next = cluster.run("sbatch", "--parsable", "--wrap=true");

                assertThat(squeue.output()).isEqualTo(SQUEUE_HEADER
                        + squeueLine("2", "debug", "waiting", "root", "PD", "0:00", "1",
                                "(Resources)")
                        + squeueLine("1", "debug", "held", "root", "PD", "0:00", "1",
                                "(JobHeldUser)"));
                assertThat(List.of(all.output().split("\n"))).containsExactlyInAnyOrder(
                        "1 held PENDING", "2 waiting PENDING", "3 gone CANCELLED");
                assertThat(next.output()).isEqualTo("4\n");

                // a clean stop on request
                final Result shutdown = cluster.run("scontrol", "shutdown");
                assertThat(shutdown.exit()).isZero();
                assertThat(controller.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(controller.exitValue()).isZero();
            } finally {
                if (controller.isAlive()) {
                    kill9(controller);
                }
            }
        }
    }
}
