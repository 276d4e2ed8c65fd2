package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/flurm as a user runs it, after the package phase: it must find Java 25 and the packaged
 * jars without Maven, and pass arguments and exit codes through unchanged.
 */
class FlurmLauncherIT {

    private static final Path LAUNCHER =
            Path.of(System.getProperty("flurm.root.dir"), "bin", "flurm");

    @TempDir Path dir;

    /** What one run of bin/flurm printed and returned. */
    private record Result(int exitCode, String out, String err) {}

    private Result launch(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("SLURM_CONF");
        builder.environment().putAll(environment);

        final Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/flurm ended").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void helpFromTheLauncherListsTheFourSubcommandsAndExitsZero() throws Exception {
        final Result result = launch(Map.of(), "--help");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines())
                .startsWith("Usage: flurm [-hV] [COMMAND]")
                .containsSubsequence(
                        "  ctld        Run the controller, flurmctld (plays slurmctld).",
                        "  node        Run the node daemon on this host, flurmd (plays slurmd).",
                        "  dbd         Run the accounting daemon, flurmdbd (plays slurmdbd).",
                        "  standalone  Run a one-machine cluster: controller, node daemons and"
                                + " munged.");
    }

    @Test
    void theLauncherPassesTheDaemonsExitCodeAndMessageThrough() throws Exception {
        final Path conf = Files.writeString(dir.resolve("slurm.conf"), "ClusterName=test\n");

        final Result result = launch(Map.of("SLURM_CONF", conf.toString()), "node", "-D");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .endsWith("flurm node: " + conf + ": no SlurmctldHost is set");
    }

    @Test
    void aJavaHomeOlderThan25IsPassedOverForTheTemurin25Install() throws Exception {
        // A fake JDK 17 whose java would fail loudly if the launcher ran it.
        final Path oldJdk = Files.createDirectories(dir.resolve("jdk17/bin"));
        Files.writeString(oldJdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.15\"\n");
        final Path fakeJava = Files.writeString(oldJdk.resolve("java"), "#!/bin/sh\nexit 42\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        final Result result =
                launch(Map.of("JAVA_HOME", oldJdk.getParent().toString()), "--version");

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out().lines()).contains("SLURM protocol 22.05 (0x2600)");
        assertThat(result.err())
                .isEqualTo("bin/flurm: JAVA_HOME=" + oldJdk.getParent()
                        + " is not Java 25 or newer; trying /usr/lib/jvm/temurin-25-jdk-amd64\n");
    }
}
