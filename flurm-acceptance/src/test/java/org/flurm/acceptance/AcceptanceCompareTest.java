package org.flurm.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The per-scenario table that acceptance-flurm.sh and acceptance-compare.sh print. */
class AcceptanceCompareTest {

    @Test
    void eachScenarioIsSameOrDiffersAndEachDifferenceIsShownAsADiff() throws Exception {
        final Map<String, String> slurm = new LinkedHashMap<>();
        slurm.put("errors", "$ squeue -j 9\n! slurm_load_jobs error: Invalid job id specified\n"
                + "exit 1\n");
        slurm.put("sinfo", "$ sinfo -h\n> debug* up infinite 4 idle n[1-4]\nexit 0\n");
        final Map<String, String> flurm = new LinkedHashMap<>();
        flurm.put("errors", "$ squeue -j 9\nexit 0\n");
        flurm.put("sinfo", slurm.get("sinfo"));
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        final int code = Acceptance.compare(slurm, "slurm", flurm, "flurm",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                scenario                                 slurm vs flurm
                errors                                   differs
                sinfo                                    same
                1 of 2 scenarios differ
                === errors
                --- slurm
                +++ flurm
                  $ squeue -j 9
                - ! slurm_load_jobs error: Invalid job id specified
                - exit 1
                + exit 0
                """);
    }
}
