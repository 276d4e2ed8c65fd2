package org.flurm.protocol.dbd;

/** DBD_CLUSTER_TRES and DBD_FLUSH_JOBS: the cluster's nodes and TRES totals at a time. */
public record ClusterTres(String clusterNodes, long eventTime, String tresStr) {
}
