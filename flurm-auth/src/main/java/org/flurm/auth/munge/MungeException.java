package org.flurm.auth.munge;

/**
 * libmunge refused to encode or decode: carries its error number and the sentence it gave.
 *
 * <p>Never carries the uid or gid of a credential that failed to decode: libmunge fills them in
 * even for expired and replayed credentials, and they must not be trusted.
 */
public final class MungeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final MungeError error;
    private final int code;

    public MungeException(int code, String message) {
        super(message + " (munge error " + code + ")", null, false, false);
        this.error = MungeError.of(code);
        this.code = code;
    }

    /** The error, {@link MungeError#UNKNOWN} when libmunge returned a number we do not know. */
    public MungeError error() {
        return error;
    }

    /** The raw number libmunge returned. */
    public int code() {
        return code;
    }
}
