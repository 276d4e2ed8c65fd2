package org.flurm.controller.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flurm.controller.handler.Reply;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.message.stats.StatsInfoResponse.RpcCount;

/**
 * The counters {@code sdiag} shows that the request path keeps: requests in progress, RPCs by
 * message type and by user with the time spent on them, and the jobs submitted and cancelled
 * through them, all since the last reset ({@code sdiag -r}) or the controller's start.
 */
public final class Diagnostics {

    private final AtomicInteger inProgress = new AtomicInteger();
    private final Map<Integer, long[]> byType = new HashMap<>();
    private final Map<Integer, long[]> byUser = new HashMap<>();
    private long since;
    private int jobsSubmitted;
    private int jobsCanceled;

    /** @param since when counting starts, epoch seconds */
    public Diagnostics(long since) {
        this.since = since;
    }

    /** Marks a request as being served; pair with {@link #finished}. */
    public void started() {
        inProgress.incrementAndGet();
    }

    /** Counts a served request of {@code msgType} from {@code uid} and what it did. */
    public synchronized void finished(int msgType, int uid, long micros, Reply reply) {
        inProgress.decrementAndGet();
        add(byType, msgType, micros);
        add(byUser, uid, micros);
        final boolean succeeded = !(reply.body() instanceof SlurmRc rc) || rc.returnCode() == 0;
        if (msgType == MessageType.REQUEST_SUBMIT_BATCH_JOB.id()
                && reply.msgType() == MessageType.RESPONSE_SUBMIT_BATCH_JOB.id()) {
            jobsSubmitted++;
        } else if (msgType == MessageType.REQUEST_KILL_JOB.id() && succeeded) {
            jobsCanceled++;
        }
    }

    private static void add(Map<Integer, long[]> table, int key, long micros) {
        final long[] entry = table.computeIfAbsent(key, k -> new long[2]);
        entry[0]++;
        entry[1] += micros;
    }

    /** Requests being served now, this one included. */
    public int inProgress() {
        return inProgress.get();
    }

    public synchronized long since() {
        return since;
    }

    public synchronized int jobsSubmitted() {
        return jobsSubmitted;
    }

    public synchronized int jobsCanceled() {
        return jobsCanceled;
    }

    /** RPCs by message type, most frequent first. */
    public synchronized List<RpcCount> byType() {
        return table(byType);
    }

    /** RPCs by uid, most frequent first. */
    public synchronized List<RpcCount> byUser() {
        return table(byUser);
    }

    private static List<RpcCount> table(Map<Integer, long[]> table) {
        final List<RpcCount> rows = new ArrayList<>();
        for (Map.Entry<Integer, long[]> entry : table.entrySet()) {
            rows.add(new RpcCount(entry.getKey(), (int) entry.getValue()[0],
                    entry.getValue()[1]));
        }
        rows.sort(Comparator.comparingInt(RpcCount::count).reversed()
                .thenComparingInt(RpcCount::id));
        return rows;
    }

    /** Starts counting afresh at {@code now}, as {@code sdiag -r} asks. */
    public synchronized void reset(long now) {
        since = now;
        byType.clear();
        byUser.clear();
        jobsSubmitted = 0;
        jobsCanceled = 0;
    }
}
