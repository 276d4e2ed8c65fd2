package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flurm.config.slurm.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flurmctld has no unauthenticated mode: it starts only with AuthType=auth/munge. */
class AuthTypeTest {

    @Test
    void aControllerConfiguredWithoutMungeRefusesToStart(@TempDir Path temp) throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            final Path conf = cluster.slurmConf();
            Files.writeString(conf, Files.readString(conf)
                    .replace("AuthType=auth/munge", "AuthType=auth/none"));

            assertThatThrownBy(() -> Flurmctld.start(conf))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(conf + ": AuthType=auth/none is not supported: FLURM"
                            + " authenticates every message with MUNGE, set AuthType=auth/munge");
        }
    }
}
