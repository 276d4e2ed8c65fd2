package org.flurm.core.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one pass: exactly one decision per pending job of the input, in input order.
 *
 * @param decisions one per pending job
 */
public record SchedulingResult(List<JobDecision> decisions) {

    public SchedulingResult {
        decisions = List.copyOf(decisions);
    }

    /** The decision for {@code jobId}. */
    public JobDecision decision(long jobId) {
        for (JobDecision d : decisions) {
            if (d.jobId() == jobId) {
                return d;
            }
        }
        throw new IllegalArgumentException("no decision for job " + jobId);
    }

    /** The decisions by job id. */
    public Map<Long, JobDecision> byJobId() {
        Map<Long, JobDecision> map = new HashMap<>();
        decisions.forEach(d -> map.put(d.jobId(), d));
        return map;
    }

    /** The jobs started now, in decision order. */
    public List<JobDecision.Start> started() {
        return decisions.stream().filter(JobDecision.Start.class::isInstance)
                .map(JobDecision.Start.class::cast).toList();
    }
}
