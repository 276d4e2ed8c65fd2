package org.flurm.protocol.frame;

import java.util.Objects;

/**
 * The forwarding part of a header: the receiver is to relay the message to these nodes and
 * gather their replies (slurmd fan-out when {@code TreeWidth} is smaller than the node count).
 *
 * @param nodeCount  how many nodes {@code nodelist} names (the header's forward.cnt, above 0)
 * @param nodelist   a hostlist expression such as {@code n[2-3]}
 * @param timeoutMs  how long the relay waits for each reply, in milliseconds (u32)
 * @param treeWidth  the fan-out the relay uses for further hops (u16)
 */
public record Forward(int nodeCount, String nodelist, int timeoutMs, int treeWidth) {

    public Forward {
        if (nodeCount < 1 || nodeCount > 0xFFFF) {
            throw new IllegalArgumentException("forward node count " + nodeCount
                    + " outside 1..65535");
        }
        Objects.requireNonNull(nodelist, "nodelist");
        if (treeWidth < 0 || treeWidth > 0xFFFF) {
            throw new IllegalArgumentException("tree width " + treeWidth + " is not a u16");
        }
    }
}
