package org.flurm.security.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.flurm.protocol.message.common.SlurmErrno;

/**
 * Per-user rate limits on requests to the controller, one token bucket (Bucket4j) for each
 * authenticated uid and {@link RequestKind}. Buckets are keyed by uid only, never by the
 * peer's address: the users of a shared login node each keep their own allowance.
 *
 * <p>A refused request is answered with a SLURM 22.05 return code that the stock clients
 * report and give up on. The clients quietly retry some codes: sbatch re-submits after
 * EAGAIN, ESLURM_ERROR_ON_DESC_TO_RECORD_COPY and ESLURM_NODES_BUSY (up to 15 times, sleeping
 * longer each time); salloc and srun re-request an allocation after the first two; srun
 * re-creates a step after EAGAIN, ESLURM_DISABLED, ESLURM_NODES_BUSY, ESLURM_PORTS_BUSY and
 * ESLURM_INTERCONNECT_BUSY; and every client's library retries ESLURM_IN_STANDBY_MODE and
 * ESLURM_IN_STANDBY_USE_BACKUP against the backup controller. A refusal with any of those
 * would turn into a silent stream of further requests, so none is used. Instead:
 *
 * <ul>
 *   <li>submissions get ESLURM_ACCOUNTING_POLICY (2050), which sbatch prints as "Batch job
 *       submission failed: Job violates accounting/QOS policy (job submit limit, user's size
 *       and/or time limits)", SLURM's own wording for a per-user submission limit;
 *   <li>queries and updates get ESLURM_ACCESS_DENIED (2002), "Access/permission denied",
 *       which no client retries either.
 * </ul>
 *
 * <p>Memory stays bounded by the users active within one period: a bucket left alone for a
 * whole period has refilled completely, so it is dropped and recreated full when needed,
 * which changes no answer.
 */
public final class RateLimiter {

    /** SLURM 22.05's ESLURM_ACCOUNTING_POLICY; not in {@link SlurmErrno}'s table. */
    public static final int ESLURM_ACCOUNTING_POLICY = 2050;

    private static final Admission ADMITTED = new Admission.Admitted();

    private final RateLimits limits;
    private final IntPredicate exempt;
    private final TimeMeter clock;
    private final long periodNanos;
    private final ConcurrentHashMap<BucketKey, UserBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweepNanos;

    /**
     * @param limits the allowances per kind of request
     * @param exempt uids never limited: root, SlurmUser and the Administrators of flurm.conf
     * @param clock Bucket4j's time source; {@link TimeMeter#SYSTEM_NANOTIME} in the daemons
     */
    public RateLimiter(RateLimits limits, IntPredicate exempt, TimeMeter clock) {
        this.limits = limits;
        this.exempt = exempt;
        this.clock = clock;
        this.periodNanos = limits.period().toNanos();
        this.lastSweepNanos = new AtomicLong(clock.currentTimeNanos());
    }

    /** Counts a request with header message type {@code messageType} from {@code uid}. */
    public Admission admit(int uid, int messageType) {
        return admit(uid, RequestKind.ofMessageType(messageType));
    }

    /** Counts one request of {@code kind} from {@code uid}, or refuses it. */
    public Admission admit(int uid, RequestKind kind) {
        if (exempt.test(uid)) {
            return ADMITTED;
        }
        final long now = clock.currentTimeNanos();
        sweepIfDue(now);

        final UserBucket entry = buckets.computeIfAbsent(new BucketKey(uid, kind),
                key -> new UserBucket(newBucket(limits.limitFor(kind))));
        entry.lastUsedNanos = now;
        final ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return ADMITTED;
        }
        return new Admission.Refused(uid, kind, refusalErrno(kind),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The return code a refused request of {@code kind} is answered with. */
    public static int refusalErrno(RequestKind kind) {
        return kind == RequestKind.SUBMIT
                ? ESLURM_ACCOUNTING_POLICY : SlurmErrno.ESLURM_ACCESS_DENIED.code();
    }

    /** How many buckets are held now (for tests and metrics). */
    public int trackedBuckets() {
        return buckets.size();
    }

    private Bucket newBucket(int perPeriod) {
        final Bandwidth bandwidth = Bandwidth.builder()
                .capacity(perPeriod)
                .refillGreedy(perPeriod, limits.period())
                .build();
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
    }

    /**
     * Once a period, drops the buckets idle for a whole period. A request racing with the
     * sweep may take its token from a bucket just dropped; the bucket was full, so at most
     * that one token goes uncounted.
     */
    private void sweepIfDue(long now) {
        final long last = lastSweepNanos.get();
        if (now - last < periodNanos || !lastSweepNanos.compareAndSet(last, now)) {
            return;
        }
        buckets.values().removeIf(entry -> now - entry.lastUsedNanos >= periodNanos);
    }

    private record BucketKey(int uid, RequestKind kind) {
    }

    /** A bucket and when it was last asked for a token. */
    private static final class UserBucket {
        private final Bucket bucket;
        private volatile long lastUsedNanos;

        private UserBucket(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
