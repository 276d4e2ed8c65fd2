package org.flurm.protocol.message;

/**
 * The decoded body of one SLURM message: a record per layout, shared by both directions.
 *
 * <p>A body knows nothing of framing or authentication; {@link BodyCodec}s read and write it.
 */
public interface MessageBody {
}
