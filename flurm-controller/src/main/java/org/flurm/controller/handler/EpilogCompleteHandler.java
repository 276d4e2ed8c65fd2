package org.flurm.controller.handler;

import java.io.IOException;

import org.flurm.core.command.Command;
import org.flurm.protocol.message.slurmd.EpilogComplete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MESSAGE_EPILOG_COMPLETE (6012): a node ran a job's epilog, so it no longer completes the
 * job and its resources are free; the scheduler looks at once. One-way: no reply.
 *
 * <p>LIMIT: a failed epilog (non-zero status) does not drain the node as slurmctld does.
 */
public final class EpilogCompleteHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EpilogCompleteHandler.class);

    private final Controller controller;
    private final Runnable scheduleSoon;

    public EpilogCompleteHandler(Controller controller, Runnable scheduleSoon) {
        this.controller = controller;
        this.scheduleSoon = scheduleSoon;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final EpilogComplete epilog = (EpilogComplete) request.body();
        if (request.uid() != 0 && request.uid() != controller.permissions().slurmUserId()) {
            Audit.denied(request, "job=" + epilog.jobId());
            return Reply.NONE;
        }
        if (epilog.returnCode() != 0) {
            LOG.warn("job={} epilog on node={} ended with status {}", epilog.jobId(),
                    epilog.nodeName(), epilog.returnCode());
        }
        controller.log().submit(new Command.EpilogComplete(epilog.jobId(), epilog.nodeName(),
                controller.now()));
        scheduleSoon.run();
        return Reply.NONE;
    }
}
