package org.flurm.controller.handler;

import java.io.IOException;

import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.CommandResult;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.slurmd.CompleteBatchScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REQUEST_COMPLETE_BATCH_SCRIPT (5018): slurmstepd reports the batch script's end. The job
 * ends (COMPLETED, or FAILED with the script's status) and its nodes start completing it;
 * the supervisor then tells them to terminate it.
 */
public final class CompleteBatchScriptHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteBatchScriptHandler.class);

    private final Controller controller;
    private final Runnable jobEnded;

    /** @param jobEnded  called once the end is committed (wakes the job supervisor) */
    public CompleteBatchScriptHandler(Controller controller, Runnable jobEnded) {
        this.controller = controller;
        this.jobEnded = jobEnded;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final CompleteBatchScript complete = (CompleteBatchScript) request.body();
        if (request.uid() != 0 && request.uid() != controller.permissions().slurmUserId()) {
            return Audit.denied(request, "job=" + complete.jobId());
        }
        final CommandResult result = controller.log().submit(new CompleteBatchJob(
                complete.jobId(), complete.jobRc(), complete.slurmRc(), controller.now()));
        LOG.debug("job={} batch script ended on node={} status={} rc={}", complete.jobId(),
                complete.nodeName(), complete.jobRc(), result.rc());
        jobEnded.run();
        // an end already recorded (a cancel or time limit came first) is no error to slurmd
        return Reply.rc(result.rc() == SlurmErrno.ESLURM_ALREADY_DONE.code() ? 0 : result.rc());
    }
}
