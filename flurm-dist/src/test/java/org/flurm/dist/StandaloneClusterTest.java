package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flurm.dist.standalone.StandaloneConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flurm standalone as a user runs it, in a process of its own on free ports with a slurm.conf
 * as it writes one: the stock clients reach the cluster, a batch job runs and writes its
 * output, and SIGTERM leaves no daemon behind.
 */
class StandaloneClusterTest {

    /** Long enough for a loaded machine; the test waits for events, never for a time. */
    private static final long WAIT_MS = 120_000;

    @TempDir Path dir;

    private Process standalone;

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        if (standalone != null && standalone.isAlive()) {
            standalone.destroyForcibly().waitFor();
        }
        for (long pid : processesNaming(dir.toString())) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aBatchJobRunsThroughTheStockClientsAndSigtermStopsEveryDaemon() throws Exception {
        final int[] ports = freePorts(3);
        final Path stateDir = dir.resolve("st");
        final Path conf = new StandaloneConf("sa", "n1", 1, 100, ports[0], ports[1], ports[2])
                .write(stateDir);
        final Path socket = stateDir.resolve("munge/munge.socket.2");

        standalone = start(conf);
        awaitStarted();
        final List<Long> munged = processesNaming("--socket=" + socket);

        assertThat(client("scontrol", "ping")).matches("Slurmctld\\(primary\\) at \\S+ is UP\n");
        assertThat(awaitClient("debug* n1 idle\n", "sinfo", "-h", "-o", "%P %N %t"))
                .isEqualTo("debug* n1 idle\n");
        assertThat(client("sbatch", "--wrap=echo hi")).isEqualTo("Submitted batch job 1\n");
        assertThat(awaitClient("", "squeue", "-h")).isEmpty();
        assertThat(Files.readString(dir.resolve("slurm-1.out"))).isEqualTo("hi\n");
        assertThat(munged).hasSize(1);

        standalone.destroy();
        assertThat(standalone.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();

        assertThat(standalone.exitValue()).isEqualTo(128 + 15);
        assertThat(Files.readString(dir.resolve("out"))).isEqualTo(
                "flurm standalone: controller on port " + ports[0] + ", nodes n1, munged pid "
                        + munged.getFirst() + "\nexport SLURM_CONF=" + conf + "\n");
        assertThat(processesNaming("--socket=" + socket)).isEmpty();
        assertThat(processesNaming(conf.toString())).isEmpty();
    }

    @Test
    void scontrolShutdownStopsEveryDaemonAndStandaloneExitsZero() throws Exception {
        final int[] ports = freePorts(3);
        final Path stateDir = dir.resolve("st");
        final Path conf = new StandaloneConf("sa", "n1", 1, 100, ports[0], ports[1], ports[2])
                .write(stateDir);
        final Path socket = stateDir.resolve("munge/munge.socket.2");
        standalone = start(conf);
        awaitStarted();

        client("scontrol", "shutdown");
        assertThat(standalone.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();

        assertThat(standalone.exitValue()).isEqualTo(0);
        assertThat(processesNaming("--socket=" + socket)).isEmpty();
        assertThat(processesNaming(conf.toString())).isEmpty();
    }

    private Process start(Path conf) throws IOException {
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        final ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"),
                FlurmCommand.class.getName(), "standalone", "-f", conf.toString())
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().remove("SLURM_CONF");
        final Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Waits until standalone prints what to export, which it does once all daemons serve. */
    private void awaitStarted() throws IOException, InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!Files.readString(dir.resolve("out")).contains("export SLURM_CONF=")) {
            assertThat(standalone.isAlive())
                    .as("flurm standalone is running; its log:%n%s",
                            Files.readString(dir.resolve("err")))
                    .isTrue();
            assertThat(System.currentTimeMillis()).as("flurm standalone started in time")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Runs a stock client until it prints {@code expected} or time runs out; its last stdout. */
    private String awaitClient(String expected, String... command)
            throws IOException, InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        String printed = client(command);
        while (!printed.equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            printed = client(command);
        }
        return printed;
    }

    /** Runs a stock client against the cluster and returns its stdout. */
    private String client(String... command) throws IOException, InterruptedException {
        final Path out = dir.resolve("client.out");
        final ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("client.err").toFile());
        builder.environment().put("SLURM_CONF", dir.resolve("st/slurm.conf").toString());
        final Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("%s; stderr: %s", String.join(" ", command),
                        Files.readString(dir.resolve("client.err")))
                .isEqualTo(0);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The processes whose command line contains {@code text}, this JVM left out. */
    private static List<Long> processesNaming(String text) {
        final long self = ProcessHandle.current().pid();
        final List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.toList()) {
                final String name = entry.getFileName().toString();
                if (!name.matches("[0-9]+") || Long.parseLong(name) == self) {
                    continue;
                }
                try {
                    final String cmdline = new String(Files.readAllBytes(
                            entry.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                    if (cmdline.contains(text)) {
                        found.add(Long.parseLong(name));
                    }
                } catch (IOException e) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return found;
    }

    /** Ports nothing listens on, picked by the system, so never SLURM's 6817-6821. */
    private static int[] freePorts(int count) throws IOException {
        final List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
