package org.flurm.controller.handler;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import org.flurm.controller.scheduling.PartitionAccess;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.command.ErrorCodes;
import org.flurm.core.scheduler.SubmitVerdict;
import org.flurm.core.state.ArrayTasks;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.job.JobDescriptor;
import org.flurm.protocol.message.job.SubmitBatchJobResponse;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.security.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REQUEST_SUBMIT_BATCH_JOB (4003): turns sbatch's job description into a job and answers with
 * its id once the submission is committed, so an acknowledged job survives a crash.
 *
 * <p>A job array ({@code --array}) is one job whose record holds the pending tasks; its id is
 * the array's job id.
 *
 * <p>LIMIT: heterogeneous jobs, reservations, QOS and accounts are not checked yet.
 */
public final class SubmitBatchJobHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitBatchJobHandler.class);
    private static final int NO_VAL = Sentinels.NO_VAL;

    private final Controller controller;
    private final PartitionAccess access;

    public SubmitBatchJobHandler(Controller controller) {
        this.controller = controller;
        this.access = new PartitionAccess(controller.users(),
                controller.permissions().slurmUserId());
    }

    @Override
    public Reply handle(Request request) throws IOException {
        final JobDescriptor desc = (JobDescriptor) request.body();

        // the job runs as its submitter; only administrators may submit for someone else
        final int uid = desc.submitter().userId();
        if (uid != request.uid() && !controller.permissions().isAdministrator(request.uid())) {
            LOG.warn("submission refused: uid={} claims uid={} peer={}", request.uid(), uid,
                    request.peer());
            controller.security().denied(Audit.userOf(controller, request.uid()),
                    request.uid(), MessageType.nameOf(request.header().msgType()),
                    "uid=" + uid);
            return Reply.rc(SlurmErrno.ESLURM_USER_ID_MISSING.code());
        }
        if (desc.launch().script() == null || desc.launch().script().isEmpty()) {
            return Reply.rc(SlurmErrno.ESLURM_JOB_SCRIPT_MISSING.code());
        }

        // an array is one record holding its pending tasks
        Job job = toJob(desc, request, desc.launch().environment());
        if (desc.identity().arrayInx() != null) {
            final ArrayTasks tasks = ArrayTasks.parse(desc.identity().arrayInx()).orElse(null);
            if (tasks == null) {
                return Reply.rc(ErrorCodes.ESLURM_INVALID_ARRAY);
            }
            job = job.withArrayTasks(tasks);
        }

        // the partition must let the submitter in
        final OptionalInt denied = access.refusal(controller.log().snapshot(), job.partition(),
                uid);
        if (denied.isPresent()) {
            LOG.info("submission by uid={} to partition={} refused: {}", request.uid(),
                    job.partition(), SlurmErrno.nameOf(denied.getAsInt()));
            return Reply.rc(denied.getAsInt());
        }

        // refuse what could never run, as slurmctld does before it creates the job
        if (controller.submissionCheck().check(controller.log().snapshot(), job)
                instanceof SubmitVerdict.Reject reject) {
            LOG.info("submission by uid={} refused: {}", request.uid(), reject.message());
            return Reply.rc(reject.error().code());
        }

        // secrets enter the log sealed; a refused job's key goes at once
        final Job sealed = toJob(desc, request,
                controller.security().secrets().seal(desc.launch().environment()))
                .withArrayTasks(job.arrayTasks());
        final CommandResult result = controller.log().submit(
                new SubmitJob(sealed, controller.now()));
        if (!result.succeeded()) {
            controller.security().secrets().destroy(sealed);
            LOG.info("submission by uid={} refused: {}", request.uid(),
                    SlurmErrno.nameOf(result.rc()));
            return Reply.rc(result.rc());
        }
        final Job stored = controller.log().snapshot().job(result.jobId()).orElse(job);
        Audit.record(controller, new AuditEvent.JobSubmitted(result.jobId(),
                Audit.userOf(controller, uid), uid, orEmpty(stored.partition()),
                orEmpty(stored.account())));
        return new Reply(MessageType.RESPONSE_SUBMIT_BATCH_JOB.id(),
                new SubmitBatchJobResponse(result.jobId(), Sentinels.SLURM_BATCH_SCRIPT,
                        result.rc(), null));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private Job toJob(JobDescriptor desc, Request request, List<String> environment) {
        final JobDescriptor.TaskLayout tasks = desc.tasks();
        final JobDescriptor.Resources res = desc.resources();
        final int numTasks = tasks.numTasks() == NO_VAL ? 1 : tasks.numTasks();
        final int cpusPerTask = tasks.cpusPerTask() == Sentinels.NO_VAL16 ? 1
                : tasks.cpusPerTask();
        final int minCpus = res.minCpus() == NO_VAL ? Math.max(1, numTasks * cpusPerTask)
                : res.minCpus();
        final int minNodes = res.minNodes() == NO_VAL ? 1 : res.minNodes();
        final int maxNodes = res.maxNodes() == NO_VAL ? 0 : res.maxNodes();
        final Job.Resources resources = new Job.Resources(minNodes, maxNodes, minCpus,
                numTasks, cpusPerTask, res.pnMinMemory(), res.shared(),
                desc.placement().contiguous() == 1, desc.placement().features(),
                desc.placement().reqNodes(), desc.placement().excNodes());

        final JobDescriptor.Scheduling sched = desc.scheduling();
        final Job.Times times = new Job.Times(0, 0, 0, 0, sched.timeLimit(),
                sched.timeMin(), sched.beginTime());
        final JobDescriptor.Launch l = desc.launch();
        final Job.Launch launch = new Job.Launch(l.workDir(), l.stdIn(), l.stdOut(), l.stdErr(),
                l.script(), l.argv(), environment);

        final int uid = desc.submitter().userId();
        final int gid = desc.submitter().groupId() == NO_VAL ? request.identity().gid()
                : desc.submitter().groupId();
        final String name = desc.identity().name() == null ? "sbatch" : desc.identity().name();
        final boolean held = sched.priority() == 0;
        final int nice = sched.nice() == NO_VAL ? 0 : sched.nice() - Sentinels.NICE_OFFSET;
        final int requeue = desc.lifecycle().requeue();
        final int mailType = desc.notifications().mailType() == Sentinels.NO_VAL16 ? 0
                : desc.notifications().mailType();
        final String userName = controller.users().nameOf(uid).orElse(null);
        // like slurmctld, the submitting host is where the request came from
        final String allocNode = desc.submitter().allocNode() != null
                ? desc.submitter().allocNode() : request.address().getHostName();
        return new Job(0, name, uid, gid, userName, desc.placement().partition(),
                desc.accounting().account(), JobState.PENDING, JobStateReason.WAIT_NO_REASON,
                held ? 0 : 1, nice, times, resources, null, launch, allocNode,
                desc.submitter().allocSid() == NO_VAL ? 0 : desc.submitter().allocSid(), 0,
                NO_VAL, sched.dependency(), 0, requeue == Sentinels.NO_VAL16 || requeue != 0,
                0, mailType, desc.notifications().mailUser() == null ? userName
                        : desc.notifications().mailUser(), desc.accounting().comment());
    }
}
