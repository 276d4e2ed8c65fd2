package org.flurm.core.scheduler;

import java.util.Objects;

/**
 * The scheduler's entry point: one call runs SLURM's main scheduling pass followed by a backfill
 * pass over a snapshot and returns a decision for every pending job. Instances are immutable and
 * may be shared; every call is independent and deterministic.
 */
// LIMIT: advance reservations, licenses, GRES, QOS and association limits, preemption, gang
// scheduling and heterogeneous jobs are not modelled; no job waits or starts because of them.
public final class Scheduler {
    private final SchedulerConfig config;
    private final PriorityPolicy priority;

    public Scheduler(SchedulerConfig config, PriorityPolicy priority) {
        this.config = Objects.requireNonNull(config);
        this.priority = Objects.requireNonNull(priority);
    }

    /** A scheduler with SLURM 22.05's defaults: priority/basic, sched/backfill. */
    public static Scheduler withDefaults() {
        return new Scheduler(SchedulerConfig.DEFAULTS, new BasicPriority());
    }

    /** Decides, for every pending job of {@code input}, to start it now or why it waits. */
    public SchedulingResult schedule(SchedulingInput input) {
        SchedulingPass pass = new SchedulingPass(input, config, priority);
        pass.queueJobs();
        pass.mainPass();
        new BackfillPass(pass).run();
        return pass.result();
    }
}
