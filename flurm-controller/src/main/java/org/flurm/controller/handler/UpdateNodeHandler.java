package org.flurm.controller.handler;

import java.io.IOException;
import java.util.List;

import org.flurm.config.hostlist.Hostlist;
import org.flurm.config.hostlist.HostlistException;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.command.CommandResult;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.info.UpdateNodeRequest;
import org.flurm.security.audit.AuditEvent;

/**
 * REQUEST_UPDATE_NODE (3002): scontrol update nodename=... state=DRAIN|RESUME|DOWN|UNDRAIN
 * reason=...; administrators only.
 *
 * <p>LIMIT: only the state and reason are changed; features, gres, weight and the other
 * fields of the request are ignored.
 */
public final class UpdateNodeHandler implements RequestHandler {

    private final Controller controller;

    public UpdateNodeHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final UpdateNodeRequest update = (UpdateNodeRequest) request.body();
        if (!controller.permissions().isAdministrator(request.uid())) {
            return Audit.denied(controller, request, "node=" + update.nodeNames());
        }
        final List<String> names;
        try {
            names = Hostlist.expand(update.nodeNames() == null ? "" : update.nodeNames());
        } catch (HostlistException e) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_NODE_NAME.code());
        }
        if (names.isEmpty()) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_NODE_NAME.code());
        }
        final ClusterSnapshot before = controller.log().snapshot();
        final CommandResult result = controller.log().submit(new UpdateNode(names,
                update.nodeState(), update.reason(), request.uid(), controller.now()));
        auditStateChanges(request, names, before, controller.log().snapshot());
        return Reply.rc(result.rc());
    }

    /** One NodeStateChanged line per node whose state or drain flag the update changed. */
    private void auditStateChanges(Request request, List<String> names, ClusterSnapshot before,
                                   ClusterSnapshot after) {
        final String by = Audit.userOf(controller, request.uid());
        for (String name : names) {
            final Node old = before.node(name).orElse(null);
            final Node now = after.node(name).orElse(null);
            if (old == null || now == null
                    || (old.state() == now.state() && old.drain() == now.drain())) {
                continue;
            }
            Audit.record(controller, new AuditEvent.NodeStateChanged(name, stateOf(old),
                    stateOf(now), now.reason() == null ? "" : now.reason(), by));
        }
    }

    private static String stateOf(Node node) {
        return node.state().name() + (node.drain() ? "+DRAIN" : "");
    }
}
