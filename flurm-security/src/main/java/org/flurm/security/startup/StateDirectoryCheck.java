package org.flurm.security.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The daemons' refusal to keep state where others could read or change it. The state
 * directory holds the replicated log, snapshots and the embedded accounting database, so it
 * must belong to the service user and be closed to group and others (mode 700). A missing
 * directory is created so; an existing one is never changed, only judged, and the refusal
 * names the command that fixes it.
 */
public final class StateDirectoryCheck {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private StateDirectoryCheck() {
    }

    /**
     * Accepts {@code dir} when it is a directory owned by {@code expectedOwnerUid} with no
     * permission for group or others, creating it mode 700 if it does not exist.
     *
     * @throws UnsafeStartupException naming every problem found and the command fixing each
     */
    public static void verify(Path dir, int expectedOwnerUid) throws UnsafeStartupException {
        try {
            if (Files.notExists(dir)) {
                create(dir, expectedOwnerUid);
            }
            if (!Files.isDirectory(dir)) {
                throw new UnsafeStartupException("state directory " + dir
                        + " is not a directory; remove it or set another StateDir");
            }

            final List<String> problems = new ArrayList<>();
            final int owner = (Integer) Files.getAttribute(dir, "unix:uid");
            if (owner != expectedOwnerUid) {
                problems.add("it is owned by " + describe(owner) + ", not by "
                        + describe(expectedOwnerUid) + "; fix with: chown "
                        + UserNames.nameOf(expectedOwnerUid) + " " + dir);
            }
            final Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
            if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                problems.add("it is mode " + octal(mode)
                        + ", open to group or others; fix with: chmod 700 " + dir);
            }
            if (!problems.isEmpty()) {
                throw new UnsafeStartupException("refusing state directory " + dir + ": "
                        + String.join("; and ", problems));
            }
        } catch (IOException e) {
            throw new UnsafeStartupException("cannot check state directory " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Creates the directory mode 700 (not subject to the umask), owned by the service user. */
    private static void create(Path dir, int ownerUid) throws IOException {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
        if ((Integer) Files.getAttribute(dir, "unix:uid") != ownerUid) {
            try {
                Files.setAttribute(dir, "unix:uid", ownerUid);
            } catch (IOException | SecurityException e) {
                // left to the ownership check, which says how to fix it
            }
        }
    }

    private static String describe(int uid) {
        final String name = UserNames.nameOf(uid);
        return name.equals(Integer.toString(uid)) ? "uid " + uid : name + " (uid " + uid + ")";
    }

    private static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission permission : mode) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return Integer.toOctalString(bits);
    }

    /** User names for messages, from /etc/passwd; a uid it does not list stays a number. */
    static final class UserNames {

        private UserNames() {
        }

        static String nameOf(int uid) {
            try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
                return lines.map(line -> line.split(":", -1))
                        .filter(fields -> fields.length > 2
                                && fields[2].equals(Integer.toString(uid)))
                        .map(fields -> fields[0])
                        .findFirst()
                        .orElse(Integer.toString(uid));
            } catch (IOException | UncheckedIOException e) {
                return Integer.toString(uid);
            }
        }
    }
}
