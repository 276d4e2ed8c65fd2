package org.flurm.protocol.message.stats;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_STATS_INFO (2036), what {@code sdiag} prints: the controller's counters since they
 * were last reset, then RPC counts and times by message type and by user, then RPCs queued
 * for the node daemons.
 *
 * @param counters  the counters, or null when the answer to a reset leaves them out (SLURM's
 *                  parts_packed 0)
 * @param byType    RPCs by message type
 * @param byUser    RPCs by requesting uid
 * @param queued    RPCs waiting in the agent queue, by message type
 * @param dumps     queued RPCs with their target nodes (shown by {@code sdiag} as pending)
 */
public record StatsInfoResponse(Counters counters, List<RpcCount> byType, List<RpcCount> byUser,
                                List<QueuedRpcs> queued, List<QueuedRpcHosts> dumps)
        implements MessageBody {

    public StatsInfoResponse {
        byType = List.copyOf(byType);
        byUser = List.copyOf(byUser);
        queued = List.copyOf(queued);
        dumps = List.copyOf(dumps);
    }

    /**
     * RPCs of one type or from one user.
     *
     * @param id          the message type (u16 on the wire) or the uid (u32)
     * @param count       how many
     * @param totalMicros the time spent serving them, microseconds
     */
    public record RpcCount(int id, int count, long totalMicros) {
    }

    /** How many RPCs of {@code msgType} wait in the agent queue. */
    public record QueuedRpcs(int msgType, int count) {
    }

    /** One queued RPC and the nodes it goes to. */
    public record QueuedRpcHosts(int msgType, String hostlist) {
    }

    /**
     * The counters, grouped as sdiag prints them; each is a u32 on the wire except the times
     * (epoch seconds) and the backfill cycle sum (u64).
     */
    public record Counters(Server server, Jobs jobs, MainScheduler main, Backfill backfill) {

        public Counters {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(jobs, "jobs");
            Objects.requireNonNull(main, "main");
            Objects.requireNonNull(backfill, "backfill");
        }
    }

    /**
     * @param reqTime             when this answer was made
     * @param reqTimeStart        since when the counters count (the last reset)
     * @param serverThreadCount   requests being served now
     * @param agentQueueSize      RPCs waiting for retry to the node daemons
     * @param agentCount          agents sending RPCs to the node daemons
     * @param agentThreadCount    threads of those agents
     * @param dbdAgentQueueSize   messages waiting for the accounting daemon
     * @param gettimeofdayLatency microseconds for 1000 reads of the clock
     */
    public record Server(long reqTime, long reqTimeStart, int serverThreadCount,
                         int agentQueueSize, int agentCount, int agentThreadCount,
                         int dbdAgentQueueSize, int gettimeofdayLatency) {
    }

    /**
     * @param submitted  jobs submitted since the reset
     * @param started    jobs started
     * @param completed  jobs completed
     * @param canceled   jobs cancelled
     * @param failed     jobs failed
     * @param pending    jobs pending now
     * @param running    jobs running now
     * @param statesTime when pending and running were counted
     */
    public record Jobs(int submitted, int started, int completed, int canceled, int failed,
                       int pending, int running, long statesTime) {
    }

    /**
     * The main scheduler's cycles, microseconds.
     *
     * @param cycleMax     the longest cycle
     * @param cycleLast    the last cycle
     * @param cycleSum     all cycles together
     * @param cycleCounter how many cycles
     * @param cycleDepth   jobs looked at in all cycles together
     * @param queueLen     the queue length in the last cycle
     */
    public record MainScheduler(int cycleMax, int cycleLast, int cycleSum, int cycleCounter,
                                int cycleDepth, int queueLen) {
    }

    /** The backfill scheduler's counters, in wire order (times in microseconds). */
    public record Backfill(int backfilledJobs, int lastBackfilledJobs, int cycleCounter,
                           long cycleSum, int cycleLast, int lastDepth, int lastDepthTry,
                           int queueLen, int cycleMax, long whenLastCycle, int depthSum,
                           int depthTrySum, int queueLenSum, int tableSize, int tableSizeSum,
                           int active, int backfilledHetJobs) {

        /** No backfill cycle has run. */
        public static final Backfill NONE = new Backfill(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0);
    }
}
