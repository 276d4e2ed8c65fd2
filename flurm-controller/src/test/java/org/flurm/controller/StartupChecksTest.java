package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What flurmctld checks before it serves: a private state directory, an API key for metrics
 * served beyond loopback, and the address its SlurmctldPort listeners bind to.
 */
class StartupChecksTest {

    @TempDir
    Path temp;

    @Test
    void aStateSaveLocationOpenToTheGroupIsRefusedWithTheFix() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            final Path state = cluster.dir().resolve("state");
            Files.createDirectory(state, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-x---")));

            assertThatThrownBy(() -> Flurmctld.start(cluster.slurmConf()))
                    .isInstanceOf(IOException.class)
                    .hasMessage("refusing state directory " + state + ": it is mode 750, open"
                            + " to group or others; fix with: chmod 700 " + state);
        }
    }

    @Test
    void metricsBeyondLoopbackWithoutAnApiKeyAreRefused() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            cluster.addToFlurmConf("MetricsAddress=0.0.0.0:" + TestCluster.freePorts(1)[0]);

            assertThatThrownBy(() -> Flurmctld.start(cluster.slurmConf()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("set MetricsApiKeyFile in flurm.conf");
        }
    }

    @Test
    void jobKeysThatWouldLandInTheReplicatedStateAreRefused() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            final Path state = cluster.dir().resolve("state");
            cluster.addToFlurmConf("StateDir=" + state);

            assertThatThrownBy(() -> Flurmctld.start(cluster.slurmConf()))
                    .isInstanceOf(IOException.class)
                    .hasMessage("job key directory " + state.resolve("flurm-job-keys")
                            + " is inside StateDir " + state + ", which is replicated; set"
                            + " SecretKeyDir in flurm.conf to a directory outside it");
        }
    }

    @Test
    void controllerAddressLimitsTheListenersToThatAddress() throws Exception {
        try (TestCluster cluster = TestCluster.create(temp)) {
            cluster.addToFlurmConf("ControllerAddress=127.0.0.2");

            final Flurmctld ctld = Flurmctld.start(cluster.slurmConf());
            try {
                try (Socket served = new Socket("127.0.0.2", cluster.port())) {
                    assertThat(served.isConnected()).isTrue();
                }
                assertThatThrownBy(() -> new Socket("127.0.0.1", cluster.port()).close())
                        .isInstanceOf(ConnectException.class);
            } finally {
                ctld.close();
            }
        }
    }
}
