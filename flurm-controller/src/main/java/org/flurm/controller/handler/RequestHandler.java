package org.flurm.controller.handler;

import java.io.IOException;

/** Serves one kind of request (one or a few related message types). */
public interface RequestHandler {

    /**
     * Answers a request.
     *
     * @throws IOException when a command could not be committed; the client then gets an
     *                     error, never silence
     */
    Reply handle(Request request) throws IOException;
}
