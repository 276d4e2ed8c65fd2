package org.flurm.core.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.ClusterFixtures;
import org.flurm.core.state.Jobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLogTest {

    @TempDir
    Path temp;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aRestartRecoversJobsAndTheIdCounterFromSnapshotAndLog() throws IOException {
        final Path dir = temp.resolve("state");
        final int port = freePort();

        // 12 submissions with a snapshot every 5 entries: a snapshot and a log tail
        try (CommandLog log = CommandLog.start("test", dir, port, ClusterFixtures.twoNodes(),
                5)) {
            for (int i = 0; i < 12; i++) {
                final CommandResult result = log.submit(new SubmitJob(
                        Jobs.requested("job" + i, 1000, null, i % 2 == 0), 1000 + i));
                assertThat(result.jobId()).isEqualTo(100 + i);
            }
        }

        try (CommandLog log = CommandLog.start("test", dir, port, ClusterFixtures.twoNodes(),
                5)) {
            assertThat(log.snapshot().nextJobId()).isEqualTo(112);
            assertThat(log.snapshot().jobs().size()).isEqualTo(12);
            assertThat(log.snapshot().job(111).orElseThrow().name()).isEqualTo("job11");
            assertThat(log.snapshot().job(110).orElseThrow().isHeld()).isTrue();
            assertThat(log.submit(new SubmitJob(Jobs.requested("after", 1000, null, false),
                    2000)).jobId()).isEqualTo(112);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("snapshot.") && !name.endsWith(".md5")))
                    .isNotEmpty();
        }
    }

    @Test
    void aStateDirectoryOthersCanReadIsRefused() throws IOException {
        final Path dir = Files.createDirectory(temp.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        assertThatThrownBy(() -> CommandLog.start("test", dir, freePort(),
                ClusterFixtures.twoNodes(), 5))
                .isInstanceOf(IOException.class)
                .hasMessage("state directory " + dir + " is readable by others (rwxr-x---);"
                        + " run chmod 700 on it");
    }
}
