package org.flurm.controller.handler;

import java.util.ArrayList;
import java.util.List;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.NodeInfo;
import org.flurm.protocol.message.info.NodeInfoRequest;
import org.flurm.protocol.message.info.NodeInfoResponse;
import org.flurm.protocol.message.info.NodeInfoSingleRequest;

/**
 * REQUEST_NODE_INFO (2007) and REQUEST_NODE_INFO_SINGLE (2040): node records in slurm.conf's
 * order, which is the index the partitions' node bitmaps use.
 */
public final class NodeInfoHandler implements RequestHandler {

    private final Controller controller;

    public NodeInfoHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) {
        final ClusterSnapshot state = controller.log().snapshot();
        final long lastUpdate = Math.max(Math.max(state.lastNodeUpdate(), controller.bootTime()),
                1);
        final List<NodeInfo> nodes = new ArrayList<>();
        switch (request.body()) {
            case NodeInfoRequest all -> {
                if (all.lastUpdate() != 0 && all.lastUpdate() >= lastUpdate) {
                    return Reply.rc(SlurmErrno.SLURM_NO_CHANGE_IN_DATA.code());
                }
                for (Node node : state.nodes()) {
                    nodes.add(controller.views().node(node, state));
                }
            }
            case NodeInfoSingleRequest single -> {
                final Node node = state.node(single.nodeName()).orElse(null);
                if (node == null) {
                    return Reply.rc(SlurmErrno.ESLURM_INVALID_NODE_NAME.code());
                }
                nodes.add(controller.views().node(node, state));
            }
            default -> throw new IllegalArgumentException("not a node info request: "
                    + request.body());
        }
        return new Reply(MessageType.RESPONSE_NODE_INFO.id(),
                new NodeInfoResponse(lastUpdate, nodes));
    }
}
