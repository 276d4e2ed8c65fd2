package org.flurm.dbd.storage;

import static org.flurm.protocol.pack.Sentinels.NO_VAL;
import static org.flurm.protocol.pack.Sentinels.NO_VAL64;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import org.flurm.protocol.dbd.JobComplete;
import org.flurm.protocol.dbd.JobCond;
import org.flurm.protocol.dbd.JobRec;
import org.flurm.protocol.dbd.JobStart;
import org.flurm.protocol.dbd.StepComplete;
import org.flurm.protocol.dbd.StepRec;
import org.flurm.protocol.dbd.StepStart;
import org.flurm.protocol.dbd.StepStats;

/**
 * Job and step records: written from the controller's messages (which may arrive in any
 * order, so each finds or creates the job row by cluster, job id and submit time) and read
 * back for sacct with the server-side filtering of wire doc §5.5.
 */
public final class JobRecords {

    private static final int JOB_COMPLETE = 3;
    private static final int JOB_CANCELLED = 4;
    private static final int JOB_FAILED = 5;

    private final AccountingSession session;

    public JobRecords(AccountingSession session) {
        this.session = session;
    }

    /** The job's row: by index when known, else by (cluster, job id, submit), else new. */
    private long find(String cluster, long dbIndex, int jobId, long submit) throws SQLException {
        if (dbIndex != 0 && dbIndex != NO_VAL64) {
            if (!session.strings("SELECT db_index FROM job WHERE db_index = ?", dbIndex)
                    .isEmpty()) {
                return dbIndex;
            }
        }
        final List<String> found = session.strings("SELECT db_index FROM job WHERE cluster = ?"
                + " AND job_id = ? AND submit_time = ?", cluster, jobId, submit);
        if (!found.isEmpty()) {
            return Long.parseLong(found.getFirst());
        }
        final long index;
        try (PreparedStatement st = session.prepare("SELECT COALESCE(MAX(db_index), 0) + 1"
                + " FROM job"); ResultSet rs = st.executeQuery()) {
            rs.next();
            index = rs.getLong(1);
        }
        session.update("INSERT INTO job (db_index, cluster, job_id, submit_time) VALUES"
                + " (?, ?, ?, ?)", index, cluster, jobId, submit);
        return index;
    }

    /** Stores a job's start (or submission) record; returns its index. */
    public long start(String cluster, JobStart j) throws SQLException {
        final long index = find(cluster, j.dbIndex(), j.jobId(), j.submitTime());
        session.update("UPDATE job SET account = ?, assoc_id = ?, job_name = ?,"
                + " partition_name = ?, qos_id = ?, uid = ?, gid = ?, alloc_nodes = ?,"
                + " req_cpus = ?, req_mem = ?, tres_req = ?, eligible_time = ?, timelimit = ?,"
                + " priority = ?, submit_line = ?, work_dir = ?,"
                + " nodes = COALESCE(?, nodes), tres_alloc = COALESCE(?, tres_alloc)"
                + " WHERE db_index = ?",
                j.account(), j.assocId(), j.name(), j.partition(), j.qosId(), j.uid(), j.gid(),
                j.allocNodes(), j.reqCpus(), j.reqMem(), j.tresReqStr(), j.eligibleTime(),
                j.timelimit(), j.priority(), j.submitLine(), j.workDir(), j.nodes(),
                j.tresAllocStr(), index);

        // a start record that arrives after the completion must not undo the end
        session.update("UPDATE job SET state = ?, start_time = ? WHERE db_index = ?"
                + " AND end_time = 0", j.jobState(), j.startTime(), index);
        return index;
    }

    public void complete(String cluster, JobComplete c) throws SQLException {
        final long index = find(cluster, c.dbIndex(), c.jobId(), c.submitTime());
        session.update("UPDATE job SET state = ?, exit_code = ?, derived_ec = ?, end_time = ?,"
                + " start_time = CASE WHEN start_time = 0 THEN ? ELSE start_time END,"
                + " nodes = COALESCE(?, nodes), requid = ?,"
                + " tres_alloc = COALESCE(?, tres_alloc) WHERE db_index = ?",
                c.jobState(), c.exitCode(), c.derivedEc(), c.endTime(), c.startTime(),
                c.nodes(), c.reqUid(), c.tresAllocStr(), index);
    }

    public void stepStart(String cluster, StepStart s) throws SQLException {
        final long index = find(cluster, s.dbIndex(), s.jobId(), s.jobSubmitTime());
        session.update("DELETE FROM step WHERE job_db_index = ? AND step_id = ?"
                + " AND step_het_comp = ?", index, s.stepId(), s.stepHetComp());
        session.update("INSERT INTO step (job_db_index, step_id, step_het_comp, step_name,"
                + " nodes, nnodes, ntasks, start_time, task_dist, tres_alloc, submit_line)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", index, s.stepId(),
                s.stepHetComp(), s.name(), s.nodes(), s.nodeCnt(), s.totalTasks(),
                s.startTime(), s.taskDist(), s.tresAllocStr(), s.submitLine());
    }

    /**
     * The state a step ended in: slurmctld reports the state it had (RUNNING, often with the
     * COMPLETING flag), so an unfinished base state is decided by the wait status.
     */
    static int stepEndState(int reported, int waitStatus) {
        final int base = reported & 0xFF;
        if (base >= JOB_COMPLETE) {
            return base;
        }
        final boolean signaled = (waitStatus & 0x7F) != 0 && (waitStatus & 0x7F) != 0x7F;
        return signaled ? JOB_CANCELLED : waitStatus != 0 ? JOB_FAILED : JOB_COMPLETE;
    }

    public void stepComplete(String cluster, StepComplete s) throws SQLException {
        final long index = find(cluster, s.dbIndex(), s.jobId(), s.jobSubmitTime());
        final int state = stepEndState(s.state(), s.exitCode());
        final var acct = s.jobacct();
        final int updated = session.update("UPDATE step SET end_time = ?, state = ?,"
                + " exit_code = ?, requid = ?, ntasks = ?, user_cpu_sec = ?, user_cpu_usec = ?,"
                + " sys_cpu_sec = ?, sys_cpu_usec = ? WHERE job_db_index = ? AND step_id = ?"
                + " AND step_het_comp = ?", s.endTime(), state, s.exitCode(), s.reqUid(),
                s.totalTasks(), acct == null ? 0 : acct.userCpuSec(),
                acct == null ? 0 : acct.userCpuUsec(), acct == null ? 0 : acct.sysCpuSec(),
                acct == null ? 0 : acct.sysCpuUsec(), index, s.stepId(), s.stepHetComp());
        if (updated == 0) {
            session.update("INSERT INTO step (job_db_index, step_id, step_het_comp, start_time,"
                    + " end_time, state, exit_code, requid, ntasks) VALUES (?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)", index, s.stepId(), s.stepHetComp(), s.startTime(),
                    s.endTime(), state, s.exitCode(), s.reqUid(), s.totalTasks());
        }
    }

    /**
     * The jobs sacct asked for. {@code userName} turns a uid into the name sacct prints.
     *
     * <p>LIMIT: filters on cluster, job ids, users, accounts, states, partitions, names and the
     * time window; the cpu/node/time-limit ranges, QOS, reservations and wckeys are ignored.
     * The filtering runs over every job row in Java, not in SQL, so it slows down as the
     * table grows.
     */
    public List<JobRec> jobs(JobCond cond, IntFunction<String> userName, long now)
            throws SQLException {
        final List<JobRec> out = new ArrayList<>();
        try (PreparedStatement st = session.prepare("SELECT db_index, cluster, job_id,"
                + " submit_time, account, assoc_id, job_name, partition_name, qos_id, uid, gid,"
                + " state, exit_code, derived_ec, nodes, alloc_nodes, req_cpus, req_mem,"
                + " tres_alloc, tres_req, eligible_time, start_time, end_time, timelimit,"
                + " priority, requid, submit_line, work_dir FROM job ORDER BY job_id, submit_time");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                final JobRec job = toRec(rs, cond, userName, now);
                if (job != null) {
                    out.add(job);
                }
            }
        }
        return out;
    }

    private JobRec toRec(ResultSet rs, JobCond cond, IntFunction<String> userName, long now)
            throws SQLException {
        final long index = rs.getLong(1);
        final String cluster = rs.getString(2);
        final int jobId = rs.getInt(3);
        final long submit = rs.getLong(4);
        final String account = rs.getString(5);
        final int uid = rs.getInt(10);
        final int state = rs.getInt(12);
        final long eligible = rs.getLong(21);
        final long start = rs.getLong(22);
        final long end = rs.getLong(23);

        if (!AccountingSession.matches(cond.clusterList(), cluster)
                || !AccountingSession.matches(cond.acctList(), account)
                || !AccountingSession.matches(cond.useridList(), Integer.toString(uid))
                || !AccountingSession.matches(cond.partitionList(), rs.getString(8))
                || !AccountingSession.matches(cond.jobnameList(), rs.getString(7))
                || !AccountingSession.matches(cond.stateList(),
                        Integer.toString(state & 0xFF))) {
            return null;
        }
        if (cond.stepList() != null && !cond.stepList().isEmpty()
                && cond.stepList().stream().noneMatch(s -> s.jobId() == jobId)) {
            return null;
        }

        // the time window (as_mysql without a state list)
        final long windowEnd = cond.usageEnd() == 0 ? Long.MAX_VALUE : cond.usageEnd();
        if (cond.stepList() != null && !cond.stepList().isEmpty()) {
            if (!(submit < windowEnd && (end >= cond.usageStart() || end == 0))) {
                return null;
            }
        } else if (cond.usageStart() != 0 && (cond.stateList() == null
                || cond.stateList().isEmpty())) {
            if (!(eligible != 0 && eligible < windowEnd
                    && (end >= cond.usageStart() || end == 0))) {
                return null;
            }
        }

        final List<StepRec> steps = (cond.flags() & JobCond.FLAG_NO_STEP) != 0
                ? List.of() : steps(index, jobId, now);
        final int elapsed = start == 0 ? 0 : (int) ((end == 0 ? now : end) - start);
        return new JobRec(account, null, rs.getInt(16), 0, 0, NO_VAL, null, rs.getInt(6), null,
                cluster, "", null, index, rs.getInt(14), null, Math.max(elapsed, 0), eligible,
                end, "", rs.getInt(13), 0, rs.getInt(11), jobId, rs.getString(7), 0, "",
                rs.getString(15) == null ? "None assigned" : rs.getString(15), 0, NO_VAL,
                rs.getString(8), rs.getInt(25), rs.getInt(9), rs.getInt(17), rs.getLong(18),
                rs.getInt(26), null, 0, "", 1, start, state, 0, steps, submit,
                rs.getString(27), 0, null, 0, 0, rs.getInt(24), 0, 0, rs.getString(19),
                rs.getString(20), uid, userName.apply(uid), 0, 0, null, 0, rs.getString(28));
    }

    private List<StepRec> steps(long index, int jobId, long now) throws SQLException {
        final List<StepRec> out = new ArrayList<>();
        try (PreparedStatement st = session.prepare("SELECT step_id, step_het_comp, step_name,"
                + " nodes, nnodes, ntasks, start_time, end_time, state, exit_code, requid,"
                + " task_dist, tres_alloc, submit_line, user_cpu_sec, user_cpu_usec,"
                + " sys_cpu_sec, sys_cpu_usec FROM step WHERE job_db_index = ?"
                + " ORDER BY start_time, step_id", index); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                final long start = rs.getLong(7);
                final long end = rs.getLong(8);
                final long userSec = rs.getLong(15);
                final int userUsec = rs.getInt(16);
                final long sysSec = rs.getLong(17);
                final int sysUsec = rs.getInt(18);
                final long totUsec = (long) userUsec + sysUsec;
                final StepStats stats = new StepStats(0, 0,
                        Collections.nCopies(StepStats.TRES_USAGE_FIELDS, ""));
                out.add(new StepRec(null, (int) Math.max(0, (end == 0 ? now : end) - start),
                        end, rs.getInt(10), rs.getInt(5), rs.getString(4), rs.getInt(6),
                        0, 0, 0, rs.getInt(11), stats, start,
                        rs.getInt(9), jobId, rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getString(14), 0, sysSec, sysUsec, rs.getInt(12),
                        userSec + sysSec + totUsec / 1_000_000, (int) (totUsec % 1_000_000),
                        rs.getString(13), userSec, userUsec));
            }
        }
        return out;
    }
}
