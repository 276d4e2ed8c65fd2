package org.flurm.protocol.dbd;

/** A job step as sacct receives it (21.08+ slurmdb_pack_step_rec). */
public record StepRec(String container, int elapsed, long end, int exitcode, int nnodes,
                      String nodes, int ntasks, int reqCpufreqMin, int reqCpufreqMax,
                      int reqCpufreqGov, int requid, StepStats stats, long start, int state,
                      int jobId, int stepId, int stepHetComp, String stepname,
                      String submitLine, int suspended, long sysCpuSec, int sysCpuUsec,
                      int taskDist, long totCpuSec, int totCpuUsec, String tresAllocStr,
                      long userCpuSec, int userCpuUsec) {
}
