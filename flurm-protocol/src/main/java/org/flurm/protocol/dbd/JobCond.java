package org.flurm.protocol.dbd;

import java.util.List;

/**
 * What sacct asks for (slurmdb_job_cond_t, 28 fields). The client has already applied its
 * defaults; the server does all the filtering. {@code useridList} holds uids as decimal text.
 */
public record JobCond(List<String> acctList, List<String> associdList,
                      List<String> clusterList, List<String> constraintList, int cpusMax,
                      int cpusMin, int dbFlags, int exitcode, int flags,
                      List<String> formatList, List<String> groupidList,
                      List<String> jobnameList, int nodesMax, int nodesMin,
                      List<String> partitionList, List<String> qosList,
                      List<String> reasonList, List<String> resvList,
                      List<String> resvidList, List<SelectedStep> stepList,
                      List<String> stateList, int timelimitMax, int timelimitMin,
                      long usageEnd, long usageStart, String usedNodes,
                      List<String> useridList, List<String> wckeyList) {

    /** JOBCOND_FLAG_NO_STEP: sacct -X. */
    public static final int FLAG_NO_STEP = 0x2;
    /** JOBCOND_FLAG_NO_TRUNC: times are not clipped to the window. */
    public static final int FLAG_NO_TRUNC = 0x4;
}
