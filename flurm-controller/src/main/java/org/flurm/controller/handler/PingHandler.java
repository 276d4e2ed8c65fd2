package org.flurm.controller.handler;

/** REQUEST_PING (1008): the controller is up; answers rc 0. */
public final class PingHandler implements RequestHandler {

    @Override
    public Reply handle(Request request) {
        return Reply.rc(0);
    }
}
