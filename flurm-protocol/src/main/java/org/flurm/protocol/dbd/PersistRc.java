package org.flurm.protocol.dbd;

/**
 * PERSIST_RC: the plain answer on a persistent connection. {@code retInfo} is the negotiated
 * version for the init, otherwise the type of the request answered.
 */
public record PersistRc(String comment, int flags, int rc, int retInfo) {
}
