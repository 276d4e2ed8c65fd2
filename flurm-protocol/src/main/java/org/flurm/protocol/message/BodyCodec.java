package org.flurm.protocol.message;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Reads and writes one body layout. The single place that knows that layout's bytes.
 *
 * <p>{@code protocolVersion} is the version in the message header (0x2600 for 22.05). A field
 * that exists only from or until some release is read and written under a test of this value,
 * with a comment naming the releases, so that older and newer layouts live beside each other.
 *
 * @param <T> the record the layout decodes into
 */
public interface BodyCodec<T extends MessageBody> {

    /** Reads a body; must not read past the body and throws only {@link DecodeException}. */
    T decode(Unpacker in, int protocolVersion) throws DecodeException;

    /** Writes a body in the layout of {@code protocolVersion}. */
    void encode(T body, Packer out, int protocolVersion);
}
