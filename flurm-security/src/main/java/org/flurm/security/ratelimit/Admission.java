package org.flurm.security.ratelimit;

import java.time.Duration;

/** The rate limiter's answer to one request: let it through, or refuse it with a SLURM error. */
public sealed interface Admission {

    /** The request may proceed. */
    record Admitted() implements Admission {
    }

    /**
     * The request is refused; the controller answers RESPONSE_SLURM_RC with {@code slurmErrno}.
     *
     * @param uid the user whose bucket is empty
     * @param kind the kind of request refused
     * @param slurmErrno the return code to send, one the stock clients do not retry
     * @param retryAfter how long until the bucket holds a token again (for logs)
     */
    record Refused(int uid, RequestKind kind, int slurmErrno, Duration retryAfter)
            implements Admission {
    }
}
