package org.flurm.protocol.dbd;

import java.util.List;

/** Which licenses/resources a request is about (slurmctld asks at start). */
public record ResCond(List<String> clusterList, List<String> descriptionList, int flags,
                      List<String> formatList, List<String> idList, List<String> managerList,
                      List<String> nameList, List<String> percentList, List<String> serverList,
                      List<String> typeList, int withDeleted, int withClusters) {
}
