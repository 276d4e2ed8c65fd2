package org.flurm.protocol.dbd;

/** An account a user coordinates; {@code direct} is 1 when assigned, 0 when inherited. */
public record CoordRec(String name, int direct) {
}
