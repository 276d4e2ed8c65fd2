package org.flurm.controller.handler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** REQUEST_SHUTDOWN (1005): administrators stop the controller cleanly. */
public final class ShutdownHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownHandler.class);

    private final Controller controller;

    public ShutdownHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) {
        if (!controller.permissions().isAdministrator(request.uid())) {
            return Audit.denied(request, "controller");
        }
        LOG.info("shutdown requested by uid={}", request.uid());
        controller.shutdown().run();
        return Reply.rc(0);
    }
}
