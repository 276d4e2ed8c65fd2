package org.flurm.controller.handler;

import java.io.IOException;

import org.flurm.core.command.Command.UpdateJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.job.JobDescriptor;
import org.flurm.protocol.pack.Sentinels;

/**
 * REQUEST_UPDATE_JOB (3001): scontrol hold, uhold, release and update job (TimeLimit,
 * JobName, Priority). Users may change their own jobs as SLURM lets them (lower the time
 * limit, hold and release their own holds); operators and administrators anything.
 *
 * <p>LIMIT: other fields of the update (partition, nodes, dependency, ...) are ignored.
 */
public final class UpdateJobHandler implements RequestHandler {

    private static final int NO_VAL = Sentinels.NO_VAL;

    private final Controller controller;

    public UpdateJobHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final JobDescriptor desc = (JobDescriptor) request.body();
        final int jobId = JobIds.parse(desc.identity().jobIdStr(), desc.identity().jobId());
        if (jobId == NO_VAL) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        final Job job = controller.log().snapshot().job(jobId).orElse(null);
        if (job == null) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        if (!controller.permissions().mayActOnJob(request.uid(), job.userId())) {
            return Audit.denied(controller, request, "job=" + jobId);
        }

        final int priority = desc.scheduling().priority();
        final int timeLimit = desc.scheduling().timeLimit();
        final boolean userHold = desc.submitter().allocSid() == JobDescriptor.HOLD_BY_USER;
        final UpdateJob update = new UpdateJob(jobId, request.uid(),
                controller.permissions().isOperator(request.uid()),
                priority == NO_VAL ? null : priority, userHold,
                timeLimit == NO_VAL ? null : timeLimit, desc.identity().name(),
                controller.now());
        final CommandResult result = controller.log().submit(update);
        if (result.rc() == SlurmErrno.ESLURM_ACCESS_DENIED.code()) {
            return Audit.denied(controller, request, "job=" + jobId);
        }
        return Reply.rc(result.rc());
    }
}
