package org.flurm.protocol.dbd;

import java.util.List;

/** Which associations a request is about (slurmdb_assoc_cond_t, 18 fields). */
public record AssocCond(List<String> acctList, List<String> clusterList,
                        List<String> defQosIdList, List<String> formatList, List<String> idList,
                        int onlyDefs, List<String> partitionList, List<String> parentAcctList,
                        List<String> qosList, long usageEnd, long usageStart,
                        List<String> userList, int withUsage, int withDeleted, int withRawQos,
                        int withSubAccts, int withoutParentInfo, int withoutParentLimits) {
}
