package org.flurm.core.scheduler;

/**
 * priority/multifactor restricted to its age and partition factors: {@code
 * PriorityWeightAge * age + PriorityWeightPartition * partition - nice}, where age grows from 0
 * to 1 over PriorityMaxAge and the partition factor is the partition's PriorityJobFactor over
 * the largest one.
 *
 * @param weightAge       PriorityWeightAge
 * @param maxAgeSeconds   PriorityMaxAge in seconds (SLURM's default is 7 days)
 * @param weightPartition PriorityWeightPartition
 */
// LIMIT: fair-share, QOS, job size, association and TRES factors are not computed (weight 0).
public record MultifactorPriority(long weightAge, long maxAgeSeconds, long weightPartition)
        implements PriorityPolicy {

    /** SLURM's default PriorityMaxAge. */
    public static final long DEFAULT_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

    public MultifactorPriority {
        if (maxAgeSeconds <= 0) {
            throw new IllegalArgumentException("PriorityMaxAge must be positive");
        }
    }

    @Override
    public long priority(PendingJob job, SchedulerPartition partition, Context context) {
        double age = ageFactor(job, context.now()) * weightAge;
        double part = (double) partition.priorityJobFactor() / context.maxPriorityJobFactor()
                * weightPartition;
        double sum = age + part - job.nice();
        return Math.max(1, (long) sum);
    }

    // LIMIT: age counts from the later of submit and begin time; SLURM counts from the job's
    // accrue time, which also waits for dependencies and accrue limits.
    private double ageFactor(PendingJob job, long now) {
        long eligible = Math.max(job.submitTime(), job.beginTime());
        long age = Math.max(0, now - eligible);
        return age >= maxAgeSeconds ? 1.0 : (double) age / maxAgeSeconds;
    }
}
