package org.flurm.auth.munge;

/**
 * The error numbers of libmunge ({@code munge_err_t} in {@code munge.h}), so that a caller can
 * tell an expired or replayed credential from a daemon that cannot be reached.
 */
public enum MungeError {
    SUCCESS(0),
    /** Internal error inside libmunge or munged. */
    SNAFU(1),
    BAD_ARG(2),
    /** The payload or credential is longer than munged accepts. */
    BAD_LENGTH(3),
    OVERFLOW(4),
    NO_MEMORY(5),
    /** munged could not be reached through its socket. */
    SOCKET(6),
    TIMEOUT(7),
    /** The text is not a credential at all (no armor, bad base64, too short). */
    BAD_CRED(8),
    BAD_VERSION(9),
    BAD_CIPHER(10),
    BAD_MAC(11),
    BAD_ZIP(12),
    BAD_REALM(13),
    /** The MAC does not verify: forged, corrupted, or encoded under another key. */
    CRED_INVALID(14),
    /** Older than its time-to-live. */
    CRED_EXPIRED(15),
    /** Encoded in the future as seen by this host's clock. */
    CRED_REWOUND(16),
    /** Decoded before on this host. */
    CRED_REPLAYED(17),
    /** Restricted to another uid or gid than the decoding process has. */
    CRED_UNAUTHORIZED(18),
    /** A number this version of FLURM does not know (a newer libmunge). */
    UNKNOWN(-1);

    private final int code;

    MungeError(int code) {
        this.code = code;
    }

    /** The number libmunge uses. */
    public int code() {
        return code;
    }

    /** The error with this number, {@link #UNKNOWN} for numbers outside {@code munge.h}. */
    public static MungeError of(int code) {
        for (MungeError error : values()) {
            if (error.code == code) {
                return error;
            }
        }
        return UNKNOWN;
    }
}
