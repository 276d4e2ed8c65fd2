package org.flurm.protocol.dbd;

import java.util.List;

/**
 * A job as sacct receives it (22.05 slurmdb_pack_job_rec, 61 fields; {@code steps} is field
 * 43). {@code showFull} must be 1 for sacct to print the job line.
 */
public record JobRec(String account, String adminComment, int allocNodes, int arrayJobId,
                     int arrayMaxTasks, int arrayTaskId, String arrayTaskStr, int associd,
                     String blockid, String cluster, String constraints, String container,
                     long dbIndex, int derivedEc, String derivedEs, int elapsed, long eligible,
                     long end, String env, int exitcode, int flags, int gid, int jobid,
                     String jobname, int lft, String mcsLabel, String nodes, int hetJobId,
                     int hetJobOffset, String partition, int priority, int qosid, int reqCpus,
                     long reqMem, int requid, String resvName, int resvid, String script,
                     int showFull, long start, int state, int stateReasonPrev,
                     List<StepRec> steps, long submit, String submitLine, int suspended,
                     String systemComment, long sysCpuSec, long sysCpuUsec, int timelimit,
                     long totCpuSec, long totCpuUsec, String tresAllocStr, String tresReqStr,
                     int uid, String user, long userCpuSec, long userCpuUsec, String wckey,
                     int wckeyid, String workDir) {
}
