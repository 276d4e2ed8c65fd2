package org.flurm.config.slurm;

import java.io.IOException;
import java.nio.file.FileSystems;

/**
 * Whether a user named in slurm.conf (SlurmUser, SlurmdUser) exists on this host. SLURM's
 * clients refuse a configuration naming an unknown user, so the verdict depends on the host;
 * {@link #SYSTEM} asks the operating system, tests can supply their own.
 */
@FunctionalInterface
public interface UserLookup {

    /** The host's user database (names, or numeric uids as the JDK accepts them). */
    UserLookup SYSTEM = user -> {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(user);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    };

    /** Whether {@code user} (a name or a numeric uid) is known. */
    boolean exists(String user);
}
