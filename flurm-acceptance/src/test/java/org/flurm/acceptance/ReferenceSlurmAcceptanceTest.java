package org.flurm.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CI subset of the scenarios (those marked {@code ci}) run on a private real SLURM 22.05
 * and compared with the committed expected transcripts: a change in the expected files, in the
 * normalisation rules or in the runner that the real SLURM does not agree with fails here.
 * The cluster runs in a directory of its own on five free consecutive ports, so that it meets
 * no other reference cluster (another checkout's test run, the default ports, the scripts').
 */
class ReferenceSlurmAcceptanceTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path SHARED = Path.of(System.getProperty("flurm.shared.dir", "../shared"));

    @TestFactory
    Stream<DynamicTest> ciScenariosPrintOnTheRealSlurmWhatTheExpectedFilesHold()
            throws IOException, InterruptedException {
        final List<Scenario> ci = ScenarioParser
                .readDirectory(MODULE.resolve("src/test/resources/scenarios")).stream()
                .filter(Scenario::ci)
                .toList();
        assertThat(ci).isNotEmpty();

        final String run = "flurm-acc-ci-" + ProcessHandle.current().pid();
        final int ctldPort = FreePorts.consecutive(1 + ReferenceSlurm.NODES);
        final Target slurm = new ReferenceSlurm(SHARED.resolve("tools"),
                Path.of("/tmp", run), ctldPort, ctldPort + 1, true);
        final Path work = Path.of("/tmp", run + "-work");
        final Map<String, String> got;
        try {
            got = AcceptanceSuite.run(slurm, ci, work, SHARED.resolve("corpus/sbatch"));
        } finally {
            deleteTree(work);
        }

        final Path expectedDir = MODULE.resolve("src/test/resources/expected");
        return ci.stream().map(s -> DynamicTest.dynamicTest(s.name(), () ->
                assertThat(got.get(s.name()))
                        .as("%s on the real SLURM; after a reviewed change, run"
                                + " scripts/acceptance-record.sh", s.name())
                        .isEqualTo(Files.readString(
                                AcceptanceSuite.expectedFile(expectedDir, s.name())))));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
