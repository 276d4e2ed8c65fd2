package org.flurm.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the load tools find the controller and munged: a slurm.conf, loopback only. */
class ControllerAddressTest {

    @TempDir
    Path dir;

    @Test
    void hostPortAndMungeSocketComeFromTheSlurmConf() throws IOException {
        final Path conf = write("""
                ClusterName=ref
                SlurmctldHost=localhost  # the first controller
                SlurmctldHost=backup
                SlurmctldPort=7917
                AuthInfo=socket=/tmp/x/munge.socket.2,ttl=60
                """);

        final SubmitLoadDriver.ControllerAddress a =
                SubmitLoadDriver.ControllerAddress.fromSlurmConf(conf);

        assertThat(a.socketAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(a.socketAddress().getPort()).isEqualTo(7917);
        assertThat(a.mungeSocket()).isEqualTo(Path.of("/tmp/x/munge.socket.2"));
    }

    @Test
    void aControllerOffLoopbackIsRefused() throws IOException {
        final Path conf = write("SlurmctldHost=192.0.2.10\n");

        assertThatThrownBy(() -> SubmitLoadDriver.ControllerAddress.fromSlurmConf(conf))
                .hasMessage("SlurmctldHost 192.0.2.10 is not a loopback address");
    }

    private Path write(String text) throws IOException {
        final Path conf = Files.createTempFile(dir, "slurm", ".conf");
        return Files.writeString(conf, text);
    }
}
