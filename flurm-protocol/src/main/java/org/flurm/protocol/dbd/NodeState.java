package org.flurm.protocol.dbd;

/** DBD_NODE_STATE: a node went up or down. */
public record NodeState(String hostlist, String reason, int reasonUid, int newState,
                        long eventTime, int state, String tresStr) {
}
