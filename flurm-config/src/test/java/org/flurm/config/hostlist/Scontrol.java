package org.flurm.config.hostlist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The stock {@code scontrol} run as a subprocess against a throw-away slurm.conf, so tests can
 * compare FLURM's hostlist handling with SLURM's own. The hostlist commands never contact a
 * controller.
 */
final class Scontrol {

    /** What one scontrol process printed. */
    record Result(String stdout, String stderr, int exitCode) {
    }

    private static final String PROMPT = "scontrol: ";

    private final Path conf;
    private final String executable;

    private Scontrol(Path conf, String executable) {
        this.conf = conf;
        this.executable = executable;
    }

    /**
     * Finds scontrol on the PATH and writes a minimal slurm.conf into {@code dir}; fails with
     * a clear message when scontrol is not installed.
     */
    static Scontrol in(Path dir) {
        final String executable = findOnPath("scontrol");
        final Path conf = dir.resolve("slurm.conf");
        try {
            Files.writeString(conf, """
                    ClusterName=t
                    SlurmctldHost=localhost
                    NodeName=n1 CPUs=1
                    PartitionName=p Nodes=n1
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scontrol(conf, executable);
    }

    private static String findOnPath(String name) {
        final String path = System.getenv().getOrDefault("PATH", "");
        for (final String dir : path.split(java.io.File.pathSeparator)) {
            final Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(name + " (SLURM 22.05 client, Debian package slurm-client) is"
                + " not on the PATH; these tests compare FLURM against it and cannot run"
                + " without it. PATH=" + path);
    }

    /** Runs {@code scontrol <args>} once. */
    Result run(String... args) {
        final List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(List.of(args));
        return execute(command, "");
    }

    /** One {@code show} command for {@link #batch}: what to show and its single argument. */
    record Show(String what, String argument) {

        String line() {
            return "show " + what + " " + argument;
        }
    }

    /**
     * Runs many show commands through one interactive scontrol (one process instead of one per
     * command) and returns each one's output lines. Arguments must be non-empty, free of white
     * space and quotes (scontrol's line parser splits them) and must not start with '/' (which
     * names a file).
     */
    List<List<String>> batch(List<Show> shows) {
        final List<String> commands = new ArrayList<>();
        final StringBuilder input = new StringBuilder();
        for (final Show show : shows) {
            final String argument = show.argument();
            if (argument.isEmpty() || argument.startsWith("/") || argument.chars().anyMatch(
                    c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c < ' ')) {
                throw new IllegalArgumentException("cannot batch argument '" + argument + "'");
            }
            commands.add(show.line());
            input.append(show.line()).append('\n');
        }
        final Result result = execute(List.of(executable), input.toString());

        // Interactive scontrol echoes each command after its prompt: that line starts an output.
        final List<List<String>> outputs = new ArrayList<>();
        List<String> current = null;
        for (final String line : result.stdout().split("\n", -1)) {
            if (line.startsWith(PROMPT)) {
                final String echoed = line.substring(PROMPT.length());
                if (outputs.size() == commands.size()) {
                    break;
                }
                if (!echoed.equals(commands.get(outputs.size()))) {
                    throw new AssertionError("scontrol echoed '" + echoed + "' for '"
                            + commands.get(outputs.size()) + "'");
                }
                current = new ArrayList<>();
                outputs.add(current);
            } else if (current != null) {
                current.add(line);
            }
        }
        if (outputs.size() != commands.size()) {
            throw new AssertionError("scontrol answered " + outputs.size() + " of "
                    + commands.size() + " commands; stderr: " + result.stderr());
        }
        return outputs;
    }

    private Result execute(List<String> command, String stdin) {
        final ProcessBuilder builder = new ProcessBuilder(command);
        final Map<String, String> env = builder.environment();
        env.put("SLURM_CONF", conf.toString());
        env.remove("SLURM_NODELIST");
        // Readline echoes batched commands; a wide virtual screen keeps long lines unwrapped.
        env.put("TERM", "dumb");
        env.put("COLUMNS", "1000000");
        try {
            final Process process = builder.start();
            final CompletableFuture<String> out = drain(process.getInputStream());
            final CompletableFuture<String> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("scontrol did not finish: " + command);
            }
            return new Result(out.join(), err.join(), process.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running scontrol", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
