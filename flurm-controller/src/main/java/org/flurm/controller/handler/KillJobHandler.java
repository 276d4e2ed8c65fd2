package org.flurm.controller.handler;

import java.io.IOException;

import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.job.JobStepKillRequest;
import org.flurm.protocol.pack.Sentinels;

/**
 * REQUEST_KILL_JOB (5032) and REQUEST_CANCEL_JOB_STEP (5005): scancel. A pending job is
 * cancelled at once.
 *
 * <p>LIMIT: array expressions (N_M, N_[..]) and steps are not handled; they answer
 * ESLURM_INVALID_JOB_ID.
 */
public final class KillJobHandler implements RequestHandler {

    private final Controller controller;

    public KillJobHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final JobStepKillRequest kill = (JobStepKillRequest) request.body();
        final int jobId = JobIds.parse(kill.sjobId(), kill.stepId().jobId());
        final int stepId = kill.stepId().stepId();
        if (jobId == Sentinels.NO_VAL || (stepId != Sentinels.NO_VAL && stepId != -1)) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        final Job job = controller.log().snapshot().job(jobId).orElse(null);
        if (job == null) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        if (!controller.permissions().mayActOnJob(request.uid(), job.userId())) {
            return Audit.denied(controller, request, "job=" + jobId);
        }
        final CommandResult result = controller.log().submit(
                new SignalJob(jobId, kill.signal(), request.uid(), controller.now()));

        // a job that has ended keeps its secrets sealed under a key that is now destroyed
        // LIMIT: no command ends a job but cancellation yet, so only cancelled jobs lose their
        // key; a cancelled job requeued afterwards cannot open its secrets at launch
        controller.log().snapshot().job(jobId).filter(Job::isFinished)
                .ifPresent(ended -> controller.security().secrets().destroy(ended));
        return Reply.rc(result.rc());
    }
}
