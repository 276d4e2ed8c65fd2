package org.flurm.controller.handler;

import java.io.IOException;
import java.util.List;

import org.flurm.config.hostlist.Hostlist;
import org.flurm.config.hostlist.HostlistException;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.command.CommandResult;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.UpdateNodeRequest;

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
            return Audit.denied(request, "node=" + update.nodeNames());
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
        final CommandResult result = controller.log().submit(new UpdateNode(names,
                update.nodeState(), update.reason(), request.uid(), controller.now()));
        return Reply.rc(result.rc());
    }
}
