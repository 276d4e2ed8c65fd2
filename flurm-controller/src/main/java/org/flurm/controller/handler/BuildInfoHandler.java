package org.flurm.controller.handler;

import org.flurm.controller.view.BuildInfoView;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.protocol.message.MessageType;

/** REQUEST_BUILD_INFO (2001): the running configuration for scontrol show config. */
public final class BuildInfoHandler implements RequestHandler {

    private static final String VERSION = "22.05.8";

    private final Controller controller;

    public BuildInfoHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) {
        final ClusterSnapshot state = controller.log().snapshot();
        final int slurmUser = controller.permissions().slurmUserId();
        final int slurmdUser = controller.users().uidOf(controller.config().slurmdUser())
                .orElse(0);
        // LIMIT: slurm.conf's hash is not computed; slurmd does not compare it yet
        final BuildInfoView.Live live = new BuildInfoView.Live(controller.now(),
                controller.bootTime(), state.nextJobId(), state.nodes().size(), slurmUser,
                slurmdUser, 0, VERSION);
        return new Reply(MessageType.RESPONSE_BUILD_INFO.id(),
                controller.buildInfo().build(live));
    }
}
