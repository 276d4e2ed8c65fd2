package org.flurm.protocol.message.slurmd;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;

/**
 * The body of slurmctld's requests to end a job on a node ({@code kill_job_msg_t}):
 * REQUEST_TERMINATE_JOB (6011), REQUEST_KILL_TIMELIMIT (6009), REQUEST_ABORT_JOB (6013) and
 * REQUEST_KILL_PREEMPTED (6016) share it; the message type says why the job ends.
 *
 * <p>Components follow the 22.05 wire order (numbers of the protocol notes in comments).
 *
 * @param cred       the job's credential (unsigned) so slurmd can run the epilog; may be null
 *                   (22.05+)
 * @param details    the job's state description (22.05+)
 * @param derivedEc  highest exit code of the job's steps (22.05+)
 * @param exitCode   the batch script's wait status (22.05+; INFINITE when read from an older peer)
 * @param stepId     the job with NO_VAL step and component for whole-job kills
 * @param jobState   e.g. JOB_COMPLETING | JOB_FAILED
 * @param workDir    the job's working directory (21.08+)
 */
public record KillJob(
        JobCredential cred,             // 1 has_cred, 2
        String details,                 // 3
        int derivedEc,                  // 4
        int exitCode,                   // 5
        // 6 job_gres_info: always empty, see GresLists
        StepId stepId,                  // 7
        int hetJobId,                   // 8
        int jobState,                   // 9
        int jobUid,                     // 10
        int jobGid,                     // 11
        String nodes,                   // 12
        SelectJobInfo selectJobInfo,    // 13
        List<String> spankJobEnv,       // 14
        long startTime,                 // 15
        long time,                      // 16
        String workDir                  // 17
) implements MessageBody {

    public KillJob {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(selectJobInfo, "selectJobInfo");
        spankJobEnv = spankJobEnv == null ? null : List.copyOf(spankJobEnv);
    }
}
