package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlurmConfLocationTest {

    @Test
    void theDashFOptionWinsOverTheEnvironment() {
        final Path found = SlurmConfLocation.resolve(
                Path.of("/srv/a.conf"), Map.of("SLURM_CONF", "/srv/b.conf"));

        assertThat(found).isEqualTo(Path.of("/srv/a.conf"));
    }

    @Test
    void slurmConfInTheEnvironmentIsUsedWithoutDashF() {
        final Path found = SlurmConfLocation.resolve(null, Map.of("SLURM_CONF", "/srv/b.conf"));

        assertThat(found).isEqualTo(Path.of("/srv/b.conf"));
    }

    @Test
    void withNeitherTheDebianDefaultIsUsed() {
        assertThat(SlurmConfLocation.resolve(null, Map.of()))
                .isEqualTo(Path.of("/etc/slurm/slurm.conf"));
    }

    @Test
    void aBlankSlurmConfCountsAsUnset() {
        assertThat(SlurmConfLocation.resolve(null, Map.of("SLURM_CONF", " ")))
                .isEqualTo(Path.of("/etc/slurm/slurm.conf"));
    }
}
