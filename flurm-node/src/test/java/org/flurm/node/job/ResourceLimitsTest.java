package org.flurm.node.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The submitter's SLURM_RLIMIT_* values become prlimit options for the job's soft limits. */
class ResourceLimitsTest {

    @Test
    void eachSentLimitBecomesASoftLimitOption() {
        final List<String> options = ResourceLimits.prlimitOptions(List.of(
                "PATH=/bin",
                "SLURM_RLIMIT_CORE=0",
                "SLURM_RLIMIT_NOFILE=64",
                "SLURM_RLIMIT_CPU=60"));

        assertThat(options).containsExactly("--core=0:", "--cpu=60:", "--nofile=64:");
    }

    @Test
    void unreadableValuesAndUnknownLimitsAreIgnored() {
        final List<String> options = ResourceLimits.prlimitOptions(List.of(
                "SLURM_RLIMIT_NOFILE=many",
                "SLURM_RLIMIT_NICE=5"));

        assertThat(options).isEmpty();
    }
}
