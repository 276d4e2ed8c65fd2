package org.flurm.protocol.dbd;

/** DBD_STEP_COMPLETE: a step ended; {@code jobacct} is null when none was sent. */
public record StepComplete(int assocId, long dbIndex, long endTime, int exitCode,
                           JobAcct jobacct, long jobSubmitTime, String jobTresAllocStr,
                           int reqUid, long startTime, int state, int jobId, int stepId,
                           int stepHetComp, int totalTasks) {
}
