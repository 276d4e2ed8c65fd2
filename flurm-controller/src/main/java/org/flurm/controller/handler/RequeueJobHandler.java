package org.flurm.controller.handler;

import java.io.IOException;

import org.flurm.core.command.Command.RequeueJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.job.JobRequeueRequest;
import org.flurm.protocol.pack.Sentinels;

/**
 * REQUEST_JOB_REQUEUE (5023): scontrol requeue and requeuehold put a job back into the queue;
 * its owner, operators and administrators may.
 *
 * <p>LIMIT: array expressions answer ESLURM_INVALID_JOB_ID, and the SPECIAL_EXIT flag is not
 * kept.
 */
public final class RequeueJobHandler implements RequestHandler {

    private final Controller controller;

    public RequeueJobHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final JobRequeueRequest requeue = (JobRequeueRequest) request.body();
        final int jobId = JobIds.parse(requeue.jobIdStr(), requeue.jobId());
        if (jobId == Sentinels.NO_VAL) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        final Job job = controller.log().snapshot().job(jobId).orElse(null);
        if (job == null) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        if (!controller.permissions().mayActOnJob(request.uid(), job.userId())) {
            return Audit.denied(controller, request, "job=" + jobId);
        }
        final boolean hold = (requeue.flags() & JobRequeueRequest.REQUEUE_HOLD) != 0;
        final CommandResult result = controller.log().submit(
                new RequeueJob(jobId, request.uid(), hold, controller.now()));
        return Reply.rc(result.rc());
    }
}
