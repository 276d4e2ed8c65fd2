package org.flurm.security.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryCheckTest {

    @TempDir
    Path parent;

    private int me;

    @BeforeEach
    void findOwnUid() throws IOException {
        me = (Integer) Files.getAttribute(parent, "unix:uid");
    }

    @Test
    void aMissingDirectoryIsCreatedMode700() throws Exception {
        final Path dir = parent.resolve("state/flurm");

        StateDirectoryCheck.verify(dir, me);

        assertThat(dir).isDirectory();
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(Files.getAttribute(dir, "unix:uid")).isEqualTo(me);
    }

    @Test
    void aPrivateDirectoryOwnedByTheServiceUserIsAcceptedUnchanged() throws Exception {
        final Path dir = directory("rwx------");

        StateDirectoryCheck.verify(dir, me);

        assertThat(mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void aGroupReadableDirectoryIsRefusedWithTheChmodThatFixesIt() throws Exception {
        final Path dir = directory("rwxr-x---");

        assertThatThrownBy(() -> StateDirectoryCheck.verify(dir, me))
                .isInstanceOf(UnsafeStartupException.class)
                .hasMessage("refusing state directory " + dir + ": it is mode 750, open to"
                        + " group or others; fix with: chmod 700 " + dir);
        assertThat(mode(dir)).isEqualTo("rwxr-x---");
    }

    @Test
    void aWorldAccessibleDirectoryIsRefused() throws Exception {
        final Path dir = directory("rwx-----x");

        assertThatThrownBy(() -> StateDirectoryCheck.verify(dir, me))
                .isInstanceOf(UnsafeStartupException.class)
                .hasMessageEndingWith("it is mode 701, open to group or others;"
                        + " fix with: chmod 700 " + dir);
    }

    @Test
    void aDirectoryOwnedByAnotherUserIsRefusedWithTheChownThatFixesIt() throws Exception {
        final Path dir = directory("rwx------");
        final int serviceUid = me + 4242;

        assertThatThrownBy(() -> StateDirectoryCheck.verify(dir, serviceUid))
                .isInstanceOf(UnsafeStartupException.class)
                .hasMessageStartingWith("refusing state directory " + dir + ": it is owned by ")
                .hasMessageEndingWith(", not by uid " + serviceUid + "; fix with: chown "
                        + serviceUid + " " + dir);
    }

    @Test
    void ownerAndModeProblemsAreReportedTogether() throws Exception {
        final Path dir = directory("rwxrwxrwx");
        final int serviceUid = me + 4242;

        assertThatThrownBy(() -> StateDirectoryCheck.verify(dir, serviceUid))
                .isInstanceOf(UnsafeStartupException.class)
                .hasMessageContaining("fix with: chown " + serviceUid + " " + dir)
                .hasMessageEndingWith("it is mode 777, open to group or others;"
                        + " fix with: chmod 700 " + dir);
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsRefused() throws Exception {
        final Path file = Files.createFile(parent.resolve("state"));

        assertThatThrownBy(() -> StateDirectoryCheck.verify(file, me))
                .isInstanceOf(UnsafeStartupException.class)
                .hasMessage("state directory " + file
                        + " is not a directory; remove it or set another StateDir");
    }

    private Path directory(String mode) throws IOException {
        final Path dir = Files.createDirectory(parent.resolve("state"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
        return dir;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
