package org.flurm.node.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * User names from the local passwd file, for launches whose user_name slurmctld left out.
 *
 * <p>LIMIT: only /etc/passwd is read, not NSS (LDAP, SSSD users are not found).
 */
final class Users {

    private Users() {
    }

    static Optional<String> nameOf(int uid) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                final String[] fields = line.split(":");
                if (fields.length > 2 && fields[2].equals(Integer.toUnsignedString(uid))) {
                    return Optional.of(fields[0]);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
