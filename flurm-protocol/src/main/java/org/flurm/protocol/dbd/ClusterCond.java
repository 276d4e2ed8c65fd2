package org.flurm.protocol.dbd;

import java.util.List;

/** Which clusters a request is about; an empty cluster list means all. */
public record ClusterCond(int classification, List<String> clusterList,
                          List<String> federationList, int flags, List<String> formatList,
                          List<String> pluginIdSelectList, List<String> rpcVersionList,
                          long usageEnd, long usageStart, int withUsage, int withDeleted) {
}
