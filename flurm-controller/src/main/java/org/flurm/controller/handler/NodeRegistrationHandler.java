package org.flurm.controller.handler;

import java.io.IOException;
import java.util.List;

import org.flurm.controller.node.NodeRegistry;
import org.flurm.core.command.Command.NodeRegistered;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.message.slurmd.NodeRegistrationResponse;
import org.flurm.protocol.message.slurmd.NodeRegistrationStatus;
import org.flurm.protocol.message.slurmd.TresRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MESSAGE_NODE_REGISTRATION_STATUS (1002): a node daemon reports itself. The report is kept
 * for the node records; a node that was UNKNOWN, or DOWN in a way ReturnToService undoes,
 * becomes usable through a durable NodeRegistered command. The answer is
 * RESPONSE_NODE_REGISTRATION with the cluster's TRES when the daemon asks for it, else an RC.
 *
 * <p>LIMIT: the jobs the node reports are not compared with the controller's (slurmctld kills
 * jobs it does not know and ends jobs the node lost), a failed status (e.g. prolog failure)
 * does not drain the node, and reported hardware below the configured one is not refused.
 */
public final class NodeRegistrationHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRegistrationHandler.class);

    private final Controller controller;
    private final NodeRegistry registry;
    private final Runnable scheduleSoon;

    public NodeRegistrationHandler(Controller controller, NodeRegistry registry,
                                   Runnable scheduleSoon) {
        this.controller = controller;
        this.registry = registry;
        this.scheduleSoon = scheduleSoon;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final NodeRegistrationStatus status = (NodeRegistrationStatus) request.body();
        if (request.uid() != 0 && request.uid() != controller.permissions().slurmUserId()) {
            return Audit.denied(request, "node=" + status.nodeName());
        }
        final ClusterSnapshot state = controller.log().snapshot();
        final Node node = state.node(status.nodeName()).orElse(null);
        if (node == null) {
            LOG.warn("registration from unknown node={} peer={}", status.nodeName(),
                    request.peer());
            return Reply.rc(SlurmErrno.ESLURM_INVALID_NODE_NAME.code());
        }
        registry.registered(status, System.currentTimeMillis());
        LOG.info("node={} registered cpus={} memory={} slurmd={}", node.name(), status.cpus(),
                status.realMemory(), status.version());

        if (node.state() == NodeState.UNKNOWN || node.state() == NodeState.DOWN) {
            controller.log().submit(new NodeRegistered(node.name(),
                    controller.config().returnToService(), controller.now()));
        }
        scheduleSoon.run();

        if ((status.flags() & NodeRegistrationStatus.FLAG_RESPONSE) == 0) {
            return Reply.rc(0);
        }
        return new Reply(MessageType.RESPONSE_NODE_REGISTRATION.id(),
                new NodeRegistrationResponse(tres(state), null));
    }

    /** The cluster's TRES as slurmctld lists them, with the cluster's totals as counts. */
    private static List<TresRecord> tres(ClusterSnapshot state) {
        long cpus = 0;
        long memory = 0;
        for (Node node : state.nodes()) {
            cpus += node.cpus();
            memory += node.realMemory();
        }
        return List.of(new TresRecord(0, cpus, 1, "cpu", null),
                new TresRecord(0, memory, 2, "mem", null),
                new TresRecord(0, 0, 3, "energy", null),
                new TresRecord(0, state.nodes().size(), 4, "node", null),
                new TresRecord(0, cpus, 5, "billing", null),
                new TresRecord(0, 0, 6, "fs", "disk"),
                new TresRecord(0, 0, 7, "vmem", null),
                new TresRecord(0, 0, 8, "pages", null));
    }
}
