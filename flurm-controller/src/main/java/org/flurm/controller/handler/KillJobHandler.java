package org.flurm.controller.handler;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.core.command.Command.SignalArrayTask;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.job.JobStepKillRequest;
import org.flurm.protocol.pack.Sentinels;

/**
 * REQUEST_KILL_JOB (5032) and REQUEST_CANCEL_JOB_STEP (5005): scancel. A pending job is
 * cancelled at once.
 *
 * <p>{@code J_T} cancels one array task, {@code J} the whole array.
 *
 * <p>LIMIT: task lists ({@code J_[1-3]}) and steps are not handled; they answer
 * ESLURM_INVALID_JOB_ID.
 */
public final class KillJobHandler implements RequestHandler {

    /** An array task as scancel names it: {@code J_T}. */
    private static final Pattern ARRAY_TASK = Pattern.compile("(\\d+)_(\\d+)");

    private final Controller controller;

    public KillJobHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final JobStepKillRequest kill = (JobStepKillRequest) request.body();
        if (kill.sjobId() != null && ARRAY_TASK.matcher(kill.sjobId().strip()).matches()) {
            return killArrayTask(request, kill);
        }
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
        final ClusterSnapshot after = controller.log().snapshot();
        after.job(jobId).filter(ended -> ended.isFinished() && !sharesKey(after, ended))
                .ifPresent(ended -> controller.security().secrets().destroy(ended));
        return Reply.rc(result.rc());
    }

    /**
     * Whether another job still needs {@code job}'s key: an array's tasks are copies of its
     * record and share one key until all of them have ended.
     */
    private static boolean sharesKey(ClusterSnapshot state, Job job) {
        if (job.arrayJobId() == 0) {
            return false;
        }
        for (Job other : state.jobs()) {
            if (other.arrayJobId() == job.arrayJobId() && !other.isFinished()) {
                return true;
            }
        }
        return false;
    }

    /** scancel J_T: one task of an array. */
    private Reply killArrayTask(Request request, JobStepKillRequest kill) throws IOException {
        final Matcher ids = ARRAY_TASK.matcher(kill.sjobId().strip());
        if (!ids.matches()) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        final int arrayJobId;
        final int taskId;
        try {
            arrayJobId = Integer.parseUnsignedInt(ids.group(1));
            taskId = Integer.parseInt(ids.group(2));
        } catch (NumberFormatException e) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        final Job array = controller.log().snapshot().job(arrayJobId).orElse(null);
        if (array == null || array.arrayJobId() != arrayJobId) {
            return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
        }
        if (!controller.permissions().mayActOnJob(request.uid(), array.userId())) {
            return Audit.denied(controller, request, "job=" + arrayJobId + "_" + taskId);
        }
        final CommandResult result = controller.log().submit(new SignalArrayTask(arrayJobId,
                taskId, kill.signal(), request.uid(), controller.now()));
        return Reply.rc(result.rc());
    }
}
