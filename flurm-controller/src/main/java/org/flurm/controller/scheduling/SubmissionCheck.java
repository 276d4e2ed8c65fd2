package org.flurm.controller.scheduling;

import java.util.Locale;

import org.flurm.core.scheduler.SchedulerConfig;
import org.flurm.core.scheduler.SubmitCheck;
import org.flurm.core.scheduler.SubmitCheck.EnforcePartLimits;
import org.flurm.core.scheduler.SubmitVerdict;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Partition;

/**
 * slurmctld's checks on a new job (could it ever run in its partition, does it break a limit
 * EnforcePartLimits enforces), made by the scheduler library on the current snapshot before
 * the submission is proposed.
 */
public final class SubmissionCheck {

    private final EnforcePartLimits enforce;

    /** @param enforcePartLimits slurm.conf's EnforcePartLimits (NO, ANY, ALL or YES) */
    public SubmissionCheck(String enforcePartLimits) {
        this.enforce = switch (enforcePartLimits.toUpperCase(Locale.ROOT)) {
            case "ANY" -> EnforcePartLimits.ANY;
            case "ALL", "YES" -> EnforcePartLimits.ALL;
            default -> EnforcePartLimits.NO;
        };
    }

    /**
     * The verdict on {@code job}, which names its partition or none for the default one;
     * accepted when there is no partition to check against (the command then refuses it).
     */
    public SubmitVerdict check(ClusterSnapshot state, Job job) {
        final String partition = job.partition() != null ? job.partition()
                : state.defaultPartition().map(Partition::name).orElse(null);
        if (partition == null) {
            return SubmitVerdict.ACCEPT;
        }
        final SubmitCheck check = new SubmitCheck(SchedulingInputs.nodes(state),
                SchedulingInputs.partitions(state), SchedulerConfig.DEFAULTS, enforce);
        return check.check(SchedulingInputs.requirements(job), partition);
    }
}
