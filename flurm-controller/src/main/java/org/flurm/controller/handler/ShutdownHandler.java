package org.flurm.controller.handler;

import org.flurm.security.audit.AuditEvent;
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
            return Audit.denied(controller, request, "controller");
        }
        LOG.info("shutdown requested by uid={}", request.uid());
        Audit.record(controller, new AuditEvent.AdminOperation(
                Audit.userOf(controller, request.uid()), "shutdown", "controller"));
        controller.shutdown().run();
        return Reply.rc(0);
    }
}
