package org.flurm.node.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end and collects its output (stdout and stderr together). */
public final class Commands {

    private Commands() {
    }

    public record Result(int exitCode, String output) {
    }

    /** Runs {@code command} with {@code env} as its whole environment (null: inherit). */
    public static Result run(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        return run(command, env, null);
    }

    /** As {@link #run(List, Map)}, in {@code dir} (null: this process's folder). */
    public static Result run(List<String> command, Map<String, String> env, Path dir)
            throws IOException, InterruptedException {
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        if (env != null) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        final Process process = builder.start();
        process.getOutputStream().close();
        final byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not end");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
