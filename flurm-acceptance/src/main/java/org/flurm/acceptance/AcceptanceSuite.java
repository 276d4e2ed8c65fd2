package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a list of scenarios against one target: starts the target, creates the second user
 * if a scenario needs it, runs every scenario in a world-writable working directory, and stops
 * and removes all of it again.
 */
public final class AcceptanceSuite {

    private AcceptanceSuite() {
    }

    /** Normalised transcripts by scenario name, in the order given. */
    public static Map<String, String> run(Target target, List<Scenario> scenarios, Path workDir,
                                          Path corpusDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        final boolean needsUser = scenarios.stream().anyMatch(Scenario::needsSecondUser);
        final Map<String, String> transcripts = new LinkedHashMap<>();
        final SecondUser user = needsUser ? SecondUser.create() : null;
        try {
            final long startBegin = System.nanoTime();
            target.start();
            System.err.printf("[%s] started in %.1f s%n", target.name(),
                    (System.nanoTime() - startBegin) / 1e9);
            final ScenarioRunner runner = new ScenarioRunner(target, workDir, corpusDir, user);
            for (Scenario scenario : scenarios) {
                final long begin = System.nanoTime();
                transcripts.put(scenario.name(), runner.run(scenario));
                System.err.printf("[%s] %s: %.1f s%n", target.name(), scenario.name(),
                        (System.nanoTime() - begin) / 1e9);
            }
        } finally {
            target.stop();
            if (user != null) {
                user.remove();
            }
        }
        return transcripts;
    }

    /** Where a scenario's expected transcript is kept. */
    public static Path expectedFile(Path expectedDir, String scenario) {
        return expectedDir.resolve(scenario + ".out");
    }
}
