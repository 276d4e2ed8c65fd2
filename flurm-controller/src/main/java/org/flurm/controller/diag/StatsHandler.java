package org.flurm.controller.diag;

import java.util.List;

import org.flurm.controller.handler.Controller;
import org.flurm.controller.handler.Reply;
import org.flurm.controller.handler.Request;
import org.flurm.controller.handler.RequestHandler;
import org.flurm.controller.scheduling.SchedulerLoop;
import org.flurm.controller.scheduling.SchedulerLoop.CycleStatistics;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.common.StatsInfoRequest;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.stats.StatsInfoResponse;
import org.flurm.protocol.message.stats.StatsInfoResponse.Backfill;
import org.flurm.protocol.message.stats.StatsInfoResponse.Counters;
import org.flurm.protocol.message.stats.StatsInfoResponse.Jobs;
import org.flurm.protocol.message.stats.StatsInfoResponse.MainScheduler;
import org.flurm.protocol.message.stats.StatsInfoResponse.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REQUEST_STATS_INFO (2035): {@code sdiag}. Answers the counters; {@code sdiag -r} (operators
 * only, as in SLURM) resets them and is answered with the RPC tables alone.
 *
 * <p>LIMIT: jobs started, completed and failed are not counted (they stay 0), though jobs
 * do start on node daemons; FLURM has no agent queue, accounting daemon queue or backfill
 * cycles of its own, so those counters are 0 too.
 */
public final class StatsHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StatsHandler.class);

    private final Controller controller;
    private final Diagnostics diagnostics;
    private final SchedulerLoop scheduler;
    private final int clockLatency;

    public StatsHandler(Controller controller, Diagnostics diagnostics,
                        SchedulerLoop scheduler) {
        this.controller = controller;
        this.diagnostics = diagnostics;
        this.scheduler = scheduler;
        this.clockLatency = clockLatencyMicros();
    }

    /** Microseconds for 1000 reads of the wall clock, as sdiag reports for gettimeofday. */
    private static int clockLatencyMicros() {
        final long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < 1000; i++) {
            sink += System.currentTimeMillis();
        }
        final long micros = (System.nanoTime() - start) / 1000;
        return sink == 0 ? 0 : (int) micros;
    }

    @Override
    public Reply handle(Request request) {
        final StatsInfoRequest query = (StatsInfoRequest) request.body();
        final long now = controller.now();
        if (query.commandId() == StatsInfoRequest.STAT_COMMAND_RESET) {
            if (!controller.permissions().isOperator(request.uid())) {
                LOG.warn("statistics reset refused: uid={} is no operator peer={}",
                        request.uid(), request.peer());
                return Reply.rc(SlurmErrno.ESLURM_ACCESS_DENIED.code());
            }
            diagnostics.reset(now);
            scheduler.resetStatistics();
            return reply(null);
        }

        // jobs waiting and running now
        final ClusterSnapshot state = controller.log().snapshot();
        int pending = 0;
        int running = 0;
        for (Job job : state.jobs()) {
            if (job.state() == JobState.PENDING) {
                pending++;
            } else if (job.state() == JobState.RUNNING) {
                running++;
            }
        }

        final CycleStatistics cycles = scheduler.statistics();
        final Counters counters = new Counters(
                new Server(now, diagnostics.since(), diagnostics.inProgress(), 0, 0, 0, 0,
                        clockLatency),
                new Jobs(diagnostics.jobsSubmitted(), 0, 0, diagnostics.jobsCanceled(), 0,
                        pending, running, now),
                new MainScheduler((int) cycles.max(), (int) cycles.last(), (int) cycles.sum(),
                        cycles.counter(), (int) cycles.depth(), cycles.queueLength()),
                Backfill.NONE);
        return reply(counters);
    }

    private Reply reply(Counters counters) {
        return new Reply(MessageType.RESPONSE_STATS_INFO.id(), new StatsInfoResponse(counters,
                diagnostics.byType(), diagnostics.byUser(), List.of(), List.of()));
    }
}
