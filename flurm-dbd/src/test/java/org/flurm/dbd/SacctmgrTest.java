package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.dbd.testing.DbdFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The stock sacctmgr builds and reads the account hierarchy through flurmdbd. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SacctmgrTest {

    private static DbdFixture dbd;

    @BeforeAll
    static void start() {
        dbd = DbdFixture.start();
    }

    @AfterAll
    static void stop() {
        dbd.close();
    }

    @Test
    @Order(1)
    void addClusterPrintsWhatSlurmdbdPrints() {
        final var result = dbd.run("sacctmgr", "-i", "add", "cluster", "test");
        System.out.println(result);
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly(" Adding Cluster(s)", "  Name           = test");
    }
}
