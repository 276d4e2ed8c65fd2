package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs scenarios against one started target and writes each as a normalised transcript: every
 * compared command, what it printed on stdout ({@code >}) and stderr ({@code !}), and its exit
 * code. Two targets behave the same for a scenario exactly when their transcripts are equal.
 */
final class ScenarioRunner {

    private static final int COMMAND_TIMEOUT_SECONDS = 60;
    private static final int RESET_TIMEOUT_SECONDS = 60;

    private final Target target;
    private final Path workDir;
    private final Path corpusDir;
    private final SecondUser secondUser;
    private final Normaliser normaliser;

    ScenarioRunner(Target target, Path workDir, Path corpusDir, SecondUser secondUser) {
        this.target = target;
        this.workDir = workDir;
        this.corpusDir = corpusDir;
        this.secondUser = secondUser;
        this.normaliser = new Normaliser(new Normaliser.Site(target.directory(), workDir,
                corpusDir, FlurmTarget.localHostName(), target.controllerPort(),
                target.nodePorts(), secondUser == null ? null : SecondUser.NAME,
                secondUser == null ? -1 : secondUser.uid(),
                secondUser == null ? -1 : secondUser.gid()));
    }

    /** The scenario's normalised transcript; the queue is emptied before it starts. */
    String run(Scenario scenario) throws IOException, InterruptedException {
        if (scenario.needsSecondUser() && secondUser == null) {
            throw new IllegalStateException(scenario.name() + " needs the second user");
        }
        final StringBuilder out = new StringBuilder();
        reset(out);
        final JobIds ids = new JobIds();
        try {
            for (Step step : scenario.steps()) {
                switch (step) {
                    case Step.Setup s -> setup(ids, s.command(), out);
                    case Step.Run r -> {
                        final String shown = r.asSecondUser() ? "$[user2] " : "$ ";
                        out.append(shown).append(r.command()).append('\n');
                        out.append(block(ids, r.command(),
                                command(ids.resolve(r.command()), r.asSecondUser())));
                    }
                    case Step.Parallel p -> parallel(ids, p, out);
                    case Step.WaitState w -> waitState(ids, w, out);
                    case Step.WaitEmpty w -> waitEmpty(w.timeoutSeconds(), out);
                    case Step.Cleanup c -> {
                        // run at the end, below, whatever happened
                    }
                }
            }
        } finally {
            for (Step.Cleanup c : scenario.cleanups()) {
                command(ids.resolve(c.command()), false);
            }
        }
        return out.toString();
    }

    private void setup(JobIds ids, String command, StringBuilder out)
            throws IOException, InterruptedException {
        final Shell.Result r = command(ids.resolve(command), false);

        // a setup's output is not compared, but the ids it printed are learnt
        normaliser.normalise(ids, command, r.stdout() + r.stderr());
        if (r.exitCode() != 0) {
            out.append("setup failed: ").append(command).append('\n')
                    .append(block(ids, command, r));
        }
    }

    private void parallel(JobIds ids, Step.Parallel p, StringBuilder out)
            throws IOException, InterruptedException {
        out.append(p.asSecondUser() ? "$[user2] " : "$ ").append(p.copies()).append(" x ")
                .append(p.command()).append('\n');
        final String command = ids.resolve(p.command());
        final List<Shell.Result> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            final List<Future<Shell.Result>> futures = new ArrayList<>();
            for (int i = 0; i < p.copies(); i++) {
                futures.add(pool.submit(() -> command(command, p.asSecondUser())));
            }
            for (Future<Shell.Result> f : futures) {
                results.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("a parallel command could not run", e.getCause());
        }
        final List<String> blocks = new ArrayList<>();
        for (Shell.Result r : results) {
            blocks.add(block(ids, p.command(), r));
        }
        blocks.sort(null);
        for (String block : blocks) {
            out.append("  --\n").append(block.indent(2));
        }
    }

    private void waitState(JobIds ids, Step.WaitState w, StringBuilder out)
            throws IOException, InterruptedException {
        out.append(w.keyword()).append(' ').append(w.jobRef()).append(' ').append(w.value());
        final String real = ids.real(w.jobRef());
        if (real == null) {
            out.append(": no such job in this scenario\n");
            return;
        }
        final Pattern field = Pattern.compile("\\b" + w.field() + "=(\\S+)");
        String last = "(none)";
        final long deadline = System.nanoTime() + w.timeoutSeconds() * 1_000_000_000L;
        do {
            final Matcher m = field.matcher(
                    command("scontrol -o show job " + real, false).stdout());
            last = m.find() ? m.group(1) : "(no record)";
            if (last.equals(w.value())) {
                out.append(": reached\n");
                return;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        out.append(": not reached in ").append(w.timeoutSeconds()).append(" s, last ")
                .append(last).append('\n');
    }

    private void waitEmpty(int timeoutSeconds, StringBuilder out)
            throws IOException, InterruptedException {
        out.append("wait-empty");
        out.append(queueEmpty(timeoutSeconds) ? ": reached\n"
                : ": not reached in " + timeoutSeconds + " s\n");
    }

    private boolean queueEmpty(int timeoutSeconds) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        do {
            final Shell.Result r = command("squeue -h", false);
            if (r.exitCode() == 0 && r.stdout().isBlank()) {
                return true;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** Cancels what earlier scenarios left and waits for the queue to drain. */
    private void reset(StringBuilder out) throws IOException, InterruptedException {
        command("scancel --user=root", false);
        if (secondUser != null) {
            command("scancel --user=" + SecondUser.NAME, false);
        }
        if (!queueEmpty(RESET_TIMEOUT_SECONDS)) {
            out.append("reset failed: the queue did not drain\n");
        }
    }

    private String block(JobIds ids, String command, Shell.Result r) {
        final StringBuilder out = new StringBuilder();
        final String stdout = normaliser.normalise(ids, command, r.stdout());
        final String stderr = normaliser.normalise(ids, command, r.stderr());
        stdout.lines().forEach(l -> out.append("> ").append(l).append('\n'));
        stderr.lines().forEach(l -> out.append("! ").append(l).append('\n'));
        out.append("exit ").append(r.exitCode()).append('\n');
        return out.toString();
    }

    private Shell.Result command(String command, boolean asSecondUser)
            throws IOException, InterruptedException {
        final Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        env.put("HOME", asSecondUser ? workDir.toString() : "/root");
        env.put("SLURM_CONF", target.slurmConf().toString());
        env.put("CORPUS", corpusDir.toString());
        env.put("USER2", SecondUser.NAME);
        final List<String> argv = asSecondUser
                ? List.of("runuser", "-u", SecondUser.NAME, "--", "bash", "-c", command)
                : List.of("bash", "-c", command);
        return Shell.run(argv, env, workDir, COMMAND_TIMEOUT_SECONDS);
    }
}
