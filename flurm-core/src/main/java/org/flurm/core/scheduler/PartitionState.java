package org.flurm.core.scheduler;

/** A partition's State: whether it takes submissions and whether its jobs are scheduled. */
public enum PartitionState {
    /** Takes submissions, schedules jobs. */
    UP(true, true),
    /** Takes submissions, schedules nothing: jobs pend with PartitionDown. */
    DOWN(true, false),
    /** Refuses submissions, still schedules the jobs it has. */
    DRAIN(false, true),
    /** Neither: jobs pend with PartitionInactive. */
    INACTIVE(false, false);

    private final boolean submit;
    private final boolean schedule;

    PartitionState(boolean submit, boolean schedule) {
        this.submit = submit;
        this.schedule = schedule;
    }

    /** Whether new jobs are accepted (SLURM's PARTITION_SUBMIT bit). */
    public boolean acceptsSubmissions() {
        return submit;
    }

    /** Whether jobs are started (SLURM's PARTITION_SCHED bit). */
    public boolean schedulesJobs() {
        return schedule;
    }
}
