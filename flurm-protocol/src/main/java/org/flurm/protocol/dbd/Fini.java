package org.flurm.protocol.dbd;

/** DBD_FINI: commit (1) or roll back (0) the open changes, and maybe close the connection. */
public record Fini(int closeConn, int commit) {
}
