package org.flurm.protocol.dbd;

/** DBD_JOB_COMPLETE: a job ended; {@code exitCode} is a wait status. */
public record JobComplete(String adminComment, int assocId, String comment, long dbIndex,
                          int derivedEc, long endTime, int exitCode, int jobId, int jobState,
                          String nodes, int reqUid, long startTime, long submitTime,
                          String systemComment, String tresAllocStr) {
}
