package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FLURM_SECRET_* variable submitted with a job never reaches stored state or a log in
 * plain text: the command log, its snapshots, the daemon's log and the audit log hold no
 * trace of the value, scontrol show job does not print it, and the job's key is gone once
 * the job is cancelled.
 */
class JobSecretsStorageTest {

    private static final String SECRET = "s3cr3t-value";

    @TempDir
    Path temp;

    @Test
    void aSecretVariableIsStoredSealedAndItsKeyDestroyedWhenTheJobEnds() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            final Process controller = startController(cluster);
            try {
                awaitUp(cluster, controller);
                final Result sbatch = cluster.run("sbatch", "--parsable", "--hold",
                        "--export=ALL,FLURM_SECRET_TOKEN=" + SECRET, "--wrap=true");
                assertThat(sbatch.output()).matches("\\d+\n");
                final String jobId = sbatch.output().strip();
                final Path keys = cluster.dir().resolve("state").resolve("flurm-job-keys");
                final long keysWhilePending = count(keys);

                final Result show = cluster.run("scontrol", "show", "job", jobId);
                assertThat(show.exit()).isZero();
                assertThat(show.output()).contains("JobId=" + jobId).doesNotContain(SECRET);

                assertThat(cluster.run("scancel", jobId).exit()).isZero();
                final long keysAfterCancel = count(keys);
                assertThat(cluster.run("scontrol", "shutdown").exit()).isZero();
                assertThat(controller.waitFor(60, TimeUnit.SECONDS)).isTrue();

                assertThat(keysWhilePending).isEqualTo(1);
                assertThat(keysAfterCancel).isZero();
                final Path state = cluster.dir().resolve("state");
                assertThat(filesHolding(state, "FLURM_SECRET_TOKEN=flurm-sealed:v1:"))
                        .isNotEmpty();
                assertThat(filesHolding(state, SECRET)).isEmpty();
                assertThat(filesHolding(state, "FLURM_SECRET_TOKEN=" + SECRET)).isEmpty();
                assertThat(Files.readString(cluster.dir().resolve("flurmctld.log")))
                        .contains("flurmctld stopped").doesNotContain(SECRET);
                assertThat(Files.readString(cluster.dir().resolve("audit.log")))
                        .contains("\"event\":\"JobSubmitted\"").doesNotContain(SECRET);
            } finally {
                if (controller.isAlive()) {
                    controller.destroyForcibly();
                    controller.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static Process startController(TestCluster cluster) throws IOException {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                Flurmctld.class.getName(), "-D", "-f", cluster.slurmConf().toString())
                .redirectErrorStream(true)
                .redirectOutput(cluster.dir().resolve("flurmctld.log").toFile())
                .start();
    }

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

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /** The regular files under {@code dir} whose bytes contain {@code text}. */
    private static List<Path> filesHolding(Path dir, String text) throws IOException {
        final byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return indexOf(Files.readAllBytes(file), needle) >= 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
