package org.flurm.acceptance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acceptance suite's command line, run by the scripts under {@code scripts/}:
 *
 * <pre>
 * record   run every scenario on the real SLURM and write the expected files
 * flurm    run every scenario on FLURM and compare with the expected files
 * compare  run every scenario on both, live, and compare the two
 * </pre>
 *
 * Options: {@code --only a,b} picks scenarios by name; {@code --ci} only the CI subset. Paths
 * and ports come from system properties (see {@link #setting}); their defaults keep the real
 * SLURM on 7917-7921 and FLURM on 7937-7941, away from another helper's 6817-6821.
 * Exit code: 0 all the same, 1 some differ, 2 a target could not start.
 */
public final class Acceptance {

    private Acceptance() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: Acceptance record|flurm|compare [--only a,b] [--ci]");
            System.exit(2);
        }
        final Path module = Path.of(setting("module", "flurm-acceptance"));
        final Path scenarioDir = module.resolve("src/test/resources/scenarios");
        final Path expectedDir = module.resolve("src/test/resources/expected");
        final List<Scenario> scenarios = select(ScenarioParser.readDirectory(scenarioDir),
                Arrays.asList(args).subList(1, args.length));
        final PrintStream out = System.out;

        final int code;
        try {
            code = switch (args[0]) {
                case "record" -> record(scenarios, expectedDir, out);
                case "flurm" -> compare(expected(scenarios, expectedDir), "expected",
                        run(flurm(), scenarios, "flurm"), "flurm", out);
                case "compare" -> compare(run(reference(), scenarios, "slurm"), "slurm",
                        run(flurm(), scenarios, "flurm"), "flurm", out);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            };
        } catch (Target.TargetUnavailableException e) {
            out.println("n/a (target not available): " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(code);
    }

    private static int record(List<Scenario> scenarios, Path expectedDir, PrintStream out)
            throws IOException, InterruptedException {
        final Map<String, String> got = run(reference(), scenarios, "slurm");
        Files.createDirectories(expectedDir);
        for (Map.Entry<String, String> e : got.entrySet()) {
            final Path file = AcceptanceSuite.expectedFile(expectedDir, e.getKey());
            final boolean changed = !Files.exists(file)
                    || !Files.readString(file).equals(e.getValue());
            Files.writeString(file, e.getValue());
            out.printf("%-40s %s%n", e.getKey(), changed ? "written (changed)" : "unchanged");
        }
        return 0;
    }

    private static Map<String, String> expected(List<Scenario> scenarios, Path expectedDir)
            throws IOException {
        final Map<String, String> expected = new java.util.LinkedHashMap<>();
        for (Scenario s : scenarios) {
            final Path file = AcceptanceSuite.expectedFile(expectedDir, s.name());
            expected.put(s.name(), Files.exists(file) ? Files.readString(file)
                    : "(no expected file: run scripts/acceptance-record.sh)\n");
        }
        return expected;
    }

    static int compare(Map<String, String> left, String leftName,
                               Map<String, String> right, String rightName, PrintStream out)
            throws IOException, InterruptedException {
        int differing = 0;
        final StringBuilder diffs = new StringBuilder();
        out.printf("%-40s %s%n", "scenario", leftName + " vs " + rightName);
        for (Map.Entry<String, String> e : left.entrySet()) {
            final String other = right.getOrDefault(e.getKey(), "(not run)\n");
            final boolean same = e.getValue().equals(other);
            out.printf("%-40s %s%n", e.getKey(), same ? "same" : "differs");
            if (!same) {
                differing++;
                diffs.append("=== ").append(e.getKey()).append('\n')
                        .append(TextDiff.unified(e.getValue(), other, leftName, rightName));
            }
        }
        out.printf("%d of %d scenarios differ%n", differing, left.size());
        out.print(diffs);
        return differing == 0 ? 0 : 1;
    }

    private static Map<String, String> run(Target target, List<Scenario> scenarios, String name)
            throws IOException, InterruptedException {
        final Path work = Path.of(setting("work", "/tmp/flurm-acc-work")).resolve(name);
        return AcceptanceSuite.run(target, scenarios, work, corpus());
    }

    private static List<Scenario> select(List<Scenario> all, List<String> options) {
        final List<Scenario> chosen = new ArrayList<>(all);
        for (int i = 0; i < options.size(); i++) {
            switch (options.get(i)) {
                case "--ci" -> chosen.removeIf(s -> !s.ci());
                case "--only" -> {
                    final Set<String> names = Set.of(options.get(++i).split(","));
                    chosen.removeIf(s -> !names.contains(s.name()));
                }
                default -> throw new IllegalArgumentException("unknown option " + options.get(i));
            }
        }
        return chosen;
    }

    static Target reference() {
        return new ReferenceSlurm(corpus().resolve("../../tools").normalize(),
                Path.of(setting("ref.dir", "/tmp/flurm-acc-ref")),
                Integer.parseInt(setting("ref.ctld.port", "7917")),
                Integer.parseInt(setting("ref.slurmd.port", "7918")), false);
    }

    static Target flurm() {
        return new FlurmTarget(Path.of(setting("repository", ".")).toAbsolutePath().normalize(),
                Path.of(setting("flurm.dir", "/tmp/flurm-acc-flurm")),
                Integer.parseInt(setting("flurm.ctld.port", "7937")),
                Integer.parseInt(setting("flurm.slurmd.port", "7938")));
    }

    static Path corpus() {
        return Path.of(setting("shared", "../shared")).toAbsolutePath().normalize()
                .resolve("corpus/sbatch");
    }

    /** A setting: system property {@code flurm.acceptance.KEY}, else the default. */
    static String setting(String key, String fallback) {
        return System.getProperty("flurm.acceptance." + key, fallback);
    }
}
