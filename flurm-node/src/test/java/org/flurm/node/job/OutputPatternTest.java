package org.flurm.node.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replacement symbols of --output/--error names, as slurmd expands them. */
class OutputPatternTest {

    private static final int NO_VAL = 0xFFFFFFFE;

    private final OutputPattern plain = new OutputPattern(42, 0, NO_VAL, "build", "alice", "vm");
    private final OutputPattern arrayTask = new OutputPattern(57, 50, 7, "sweep", "bob", "h1");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slurm-%j.out        | slurm-42.out",
        "%x-%u-%N.log        | build-alice-vm.log",
        "job%J               | job42.batch",
        "%5j.out             | 00042.out",
        "100%%-%j            | 100%-42",
        "%A_%a               | 42_4294967294",
        "n%n-t%t-s%s         | n0-t0-sbatch",
        "keep%q              | keep%q",
        "trailing%           | trailing%",
    })
    void plainJobPatterns(String pattern, String expanded) {
        assertThat(plain.expand(pattern)).isEqualTo(expanded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slurm-%A_%a.out     | slurm-50_7.out",
        "%j                  | 57",
        "%3a                 | 007",
    })
    void arrayTaskPatterns(String pattern, String expanded) {
        assertThat(arrayTask.expand(pattern)).isEqualTo(expanded);
    }

    @Test
    void defaultNameDependsOnBeingAnArrayTask() {
        assertThat(OutputPattern.defaultName(NO_VAL)).isEqualTo("slurm-%j.out");
        assertThat(OutputPattern.defaultName(3)).isEqualTo("slurm-%A_%a.out");
    }
}
