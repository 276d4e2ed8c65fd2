package org.flurm.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs one process to its end and keeps what it printed. */
final class Shell {

    /** What a finished process left: its exit code (-1 when killed on timeout) and output. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private Shell() {
    }

    static Result run(List<String> argv, Map<String, String> env, Path dir, int timeoutSeconds)
            throws IOException, InterruptedException {
        final ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        final Process process = pb.start();

        // read both streams at once so that neither pipe can fill and stall the process
        final CompletableFuture<String> out = drain(process.getInputStream());
        final CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return new Result(-1, join(out),
                    join(err) + "(killed after " + timeoutSeconds + " s)\n");
        }
        return new Result(process.exitValue(), join(out), join(err));
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        }, Thread::startVirtualThread);
    }

    private static String join(CompletableFuture<String> text) throws InterruptedException {
        try {
            return text.get();
        } catch (ExecutionException e) {
            return "(unreadable: " + e.getCause() + ")";
        }
    }
}
