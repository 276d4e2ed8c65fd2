package org.flurm.protocol.pack;

/**
 * A message body, header or frame could not be read: the only exception a decoder lets escape.
 *
 * <p>The {@link Kind} lets a server count failures by cause and lets tests tell a truncated
 * frame from a field whose value is out of range.
 */
public final class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the bytes could not be read. */
    public enum Kind {
        /** The input ended before a field was complete. */
        TRUNCATED,
        /** A length or count is larger than the frame, or than a hard cap. */
        OVERSIZE,
        /** Bytes remained after the last field of a body whose length is exact. */
        TRAILING,
        /** A field holds a value the layout does not allow (bad tag, missing NUL, ...). */
        INVALID,
        /** A message type, protocol version or plugin this side does not speak. */
        UNSUPPORTED
    }

    private final Kind kind;

    public DecodeException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
