package org.flurm.protocol.dbd;

/** DBD_ID_RC: the database index a job record got. */
public record IdRc(int jobId, long dbIndex, long flags, int returnCode) {
}
