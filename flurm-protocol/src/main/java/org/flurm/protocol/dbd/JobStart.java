package org.flurm.protocol.dbd;

/**
 * DBD_JOB_START (and each element of DBD_SEND_MULT_JOB_START): a job's record when it is
 * submitted, started or changed. {@code dbIndex} NO_VAL64 asks the DBD to find or create it.
 */
public record JobStart(String account, int allocNodes, int arrayJobId, int arrayMaxTasks,
                       int arrayTaskId, String arrayTaskStr, int arrayTaskPending, int assocId,
                       String constraints, String container, int dbFlags, long dbIndex,
                       long eligibleTime, int gid, String gresUsed, int jobId, int jobState,
                       int stateReasonPrev, String mcsLabel, String name, String nodes,
                       String nodeInx, int hetJobId, int hetJobOffset, String partition,
                       int priority, int qosId, int reqCpus, long reqMem, int resvId,
                       long startTime, String submitLine, long submitTime, int timelimit,
                       String tresAllocStr, String tresReqStr, int uid, String wckey,
                       String workDir, String envHash, String scriptHash) {
}
