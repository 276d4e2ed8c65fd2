package org.flurm.dist.standalone;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import org.flurm.config.slurm.Node;

/**
 * Which nodes of slurm.conf this host plays: those whose NodeAddr (NodeHostname when there
 * is no NodeAddr, the NodeName when there is neither) resolves to an address of this host,
 * loopback included, so a cluster written all on localhost runs here whole.
 */
public final class LocalNodes {

    private LocalNodes() {}

    /** The nodes among {@code nodes} that live on this host, in slurm.conf's order. */
    public static List<Node> of(List<Node> nodes) {
        return nodes.stream().filter(node -> isLocal(node.address())).toList();
    }

    /** Whether {@code host} names an address of this host; an unknown name is not local. */
    static boolean isLocal(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress()
                        || NetworkInterface.getByInetAddress(address) != null) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
