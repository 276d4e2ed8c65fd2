package org.flurm.protocol.dbd;

/** DBD_STEP_START: a step began. */
public record StepStart(int assocId, long dbIndex, String container, String name, String nodes,
                        String nodeInx, int nodeCnt, long startTime, long jobSubmitTime,
                        int reqCpufreqMin, int reqCpufreqMax, int reqCpufreqGov, int jobId,
                        int stepId, int stepHetComp, String submitLine, int taskDist,
                        int totalTasks, String tresAllocStr) {
}
