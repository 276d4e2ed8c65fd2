package org.flurm.protocol.dbd;

import java.util.List;

/** Which federations a request is about (slurmctld asks at start). */
public record FederationCond(List<String> clusterList, List<String> federationList,
                             List<String> formatList, int withDeleted) {
}
