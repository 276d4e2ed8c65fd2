package org.flurm.controller.handler;

import java.util.ArrayList;
import java.util.List;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.JobInfo;
import org.flurm.protocol.message.info.JobInfoRequest;
import org.flurm.protocol.message.info.JobInfoResponse;
import org.flurm.protocol.message.info.JobInfoSingleRequest;
import org.flurm.protocol.message.info.JobUserInfoRequest;

/**
 * REQUEST_JOB_INFO (2003, all jobs or a list), REQUEST_JOB_INFO_SINGLE (2021, one job) and
 * REQUEST_JOB_USER_INFO (2039, one user's jobs): job records from the latest snapshot.
 *
 * <p>A 2003 whose last_update is not older than the last job change is answered
 * SLURM_NO_CHANGE_IN_DATA, as slurmctld does, so polling clients keep what they have.
 *
 * <p>LIMIT: PrivateData is not applied; every user sees every job.
 */
public final class JobInfoHandler implements RequestHandler {

    private final Controller controller;

    public JobInfoHandler(Controller controller) {
        this.controller = controller;
    }

    @Override
    public Reply handle(Request request) {
        final ClusterSnapshot state = controller.log().snapshot();
        final List<JobInfo> jobs = new ArrayList<>();
        switch (request.body()) {
            case JobInfoRequest all -> {
                if (all.lastUpdate() != 0 && all.lastUpdate() >= state.lastJobUpdate()) {
                    return Reply.rc(SlurmErrno.SLURM_NO_CHANGE_IN_DATA.code());
                }
                final List<Integer> ids = all.jobIds();
                for (Job job : state.jobs()) {
                    if (ids == null || ids.contains(job.jobId())) {
                        jobs.add(controller.views().job(job, state, all.showFlags()));
                    }
                }
            }
            case JobInfoSingleRequest single -> {
                final Job job = state.job(single.jobId()).orElse(null);
                if (job == null) {
                    return Reply.rc(SlurmErrno.ESLURM_INVALID_JOB_ID.code());
                }
                jobs.add(controller.views().job(job, state, single.showFlags()));

                // an array's id answers with the tasks split off from it too
                if (job.arrayJobId() == job.jobId()) {
                    for (Job task : state.jobs()) {
                        if (task.arrayJobId() == job.jobId() && task.jobId() != job.jobId()) {
                            jobs.add(controller.views().job(task, state, single.showFlags()));
                        }
                    }
                }
            }
            case JobUserInfoRequest user -> {
                for (Job job : state.jobs()) {
                    if (job.userId() == user.userId()) {
                        jobs.add(controller.views().job(job, state, user.showFlags()));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a job info request: "
                    + request.body());
        }
        return new Reply(MessageType.RESPONSE_JOB_INFO.id(),
                new JobInfoResponse(Math.max(state.lastJobUpdate(), 1), 0, jobs));
    }
}
