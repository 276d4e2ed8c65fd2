package org.flurm.dbd.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * User names for uids, as the DBD needs them for permission checks and for sacct's User
 * column.
 *
 * <p>LIMIT: reads /etc/passwd only; users served by NSS modules (LDAP, SSSD) are not found
 * and then count as unknown (AdminLevel None).
 */
public final class Passwd {

    private final Path file;

    public Passwd(Path file) {
        this.file = file;
    }

    public static Passwd system() {
        return new Passwd(Path.of("/etc/passwd"));
    }

    /** The name of {@code uid}, or its number as text when unknown. */
    public String name(int uid) {
        try {
            for (String line : Files.readAllLines(file)) {
                final String[] parts = line.split(":");
                if (parts.length > 2 && parts[2].equals(Integer.toString(uid))) {
                    return parts[0];
                }
            }
        } catch (IOException e) {
            return Integer.toString(uid);
        }
        return Integer.toString(uid);
    }
}
