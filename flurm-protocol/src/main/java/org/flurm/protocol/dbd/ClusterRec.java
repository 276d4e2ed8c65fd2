package org.flurm.protocol.dbd;

import java.util.List;

/**
 * A cluster as slurmdb_pack_cluster_rec writes it; the federation fields are flattened in
 * their wire positions and {@code rootAssoc} is always present.
 */
public record ClusterRec(List<ClusterAccountingRec> accountingList, int classification,
                         String controlHost, int controlPort, int dimensions,
                         List<String> fedFeatureList, String fedName, int fedId, int fedState,
                         int fedSyncRecvd, int fedSyncSent, int flags, String name, String nodes,
                         int pluginIdSelect, AssocRec rootAssoc, int rpcVersion,
                         int fedRecvConnected, int fedSendConnected, String tresStr) {
}
