package org.flurm.protocol.frame;

import java.util.Objects;

/**
 * The authentication part of a frame: which auth plugin signed it and its credential.
 *
 * <p>Only auth/munge is spoken: its credential is the text {@code munge_encode} produced
 * ({@code "MUNGE:...:"}). This record only carries it; verifying it is the auth module's job.
 *
 * @param pluginId    the auth plugin id ({@link #AUTH_MUNGE})
 * @param credential  the MUNGE credential text, without the NUL the wire adds
 */
public record AuthSection(int pluginId, String credential) {

    /** SLURM's plugin id of auth/munge. */
    public static final int AUTH_MUNGE = 101;

    public AuthSection {
        Objects.requireNonNull(credential, "credential");
    }

    /** Leaves the credential out: it can be replayed until it expires. */
    @Override
    public String toString() {
        return "AuthSection[plugin " + pluginId + ", credential " + credential.length()
                + " chars]";
    }

    /** An auth/munge section around a credential. */
    public static AuthSection munge(String credential) {
        return new AuthSection(AUTH_MUNGE, credential);
    }
}
