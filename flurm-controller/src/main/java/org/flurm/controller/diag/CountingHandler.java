package org.flurm.controller.diag;

import java.io.IOException;

import org.flurm.controller.handler.Reply;
import org.flurm.controller.handler.Request;
import org.flurm.controller.handler.RequestHandler;

/** Wraps a handler so that every request it serves is counted for {@code sdiag}. */
public final class CountingHandler implements RequestHandler {

    private final RequestHandler handler;
    private final Diagnostics diagnostics;

    public CountingHandler(RequestHandler handler, Diagnostics diagnostics) {
        this.handler = handler;
        this.diagnostics = diagnostics;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final int msgType = request.header().msgType();
        final long start = System.nanoTime();
        diagnostics.started();
        Reply reply = Reply.rc(-1);
        try {
            reply = handler.handle(request);
            return reply;
        } finally {
            diagnostics.finished(msgType, request.uid(), (System.nanoTime() - start) / 1000,
                    reply);
        }
    }
}
