package org.flurm.core.state;

import java.util.Objects;

import org.flurm.protocol.message.info.NodeState;

/**
 * One compute node: its configured hardware (from slurm.conf) and its state as operators and
 * the node daemon change it. Nodes keep slurm.conf's order; that order is the index every
 * node bitmap sent to the clients uses.
 *
 * @param name        the node name
 * @param hostname    the host name (NodeHostname, default the name)
 * @param address     the address (NodeAddr, default the host name)
 * @param port        the node daemon's port
 * @param cpus        configured CPUs
 * @param boards      boards
 * @param sockets     sockets (all boards)
 * @param cores       cores per socket
 * @param threads     threads per core
 * @param realMemory  MiB
 * @param tmpDisk     MiB of TmpFS
 * @param weight      scheduling weight
 * @param features    the features, comma-separated, or null
 * @param gres        the generic resources, or null
 * @param state       the base state
 * @param drain       whether the node is drained or draining
 * @param reason      why the node is down or drained, or null
 * @param reasonUid   who set the reason (NO_VAL when unset)
 * @param reasonTime  when the reason was set, 0 when unset
 */
public record Node(String name, String hostname, String address, int port, int cpus,
                   int boards, int sockets, int cores, int threads, long realMemory,
                   long tmpDisk, int weight, String features, String gres, NodeState state,
                   boolean drain, String reason, int reasonUid, long reasonTime) {

    public Node {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /** The same node with another state and reason. */
    public Node withState(NodeState newState, boolean newDrain, String newReason,
                          int newReasonUid, long newReasonTime) {
        return new Node(name, hostname, address, port, cpus, boards, sockets, cores, threads,
                realMemory, tmpDisk, weight, features, gres, newState, newDrain, newReason,
                newReasonUid, newReasonTime);
    }
}
