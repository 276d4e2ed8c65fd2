package org.flurm.security.ratelimit;

import java.time.Duration;
import org.flurm.config.flurm.FlurmConfig;

/**
 * How many requests of each kind one user may make per period: submissions under
 * SubmitRateLimit, queries and updates each under RequestRateLimit.
 *
 * @param submissions job submissions allowed per user per period
 * @param requests queries, and separately updates, allowed per user per period
 * @param period the window the counts refer to; a bucket refills evenly over it
 */
public record RateLimits(int submissions, int requests, Duration period) {

    public RateLimits {
        if (submissions < 1 || requests < 1) {
            throw new IllegalArgumentException(
                    "rate limits must be at least 1: " + submissions + ", " + requests);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rate limit period must be positive: " + period);
        }
    }

    /** The limits flurm.conf sets, per minute. */
    public static RateLimits of(FlurmConfig config) {
        return new RateLimits(config.submitRateLimit(), config.requestRateLimit(),
                Duration.ofMinutes(1));
    }

    /** The allowance for one kind of request. */
    public int limitFor(RequestKind kind) {
        return kind == RequestKind.SUBMIT ? submissions : requests;
    }
}
