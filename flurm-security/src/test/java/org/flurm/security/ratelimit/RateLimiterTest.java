package org.flurm.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flurm.config.flurm.FlurmConfig;
import org.flurm.protocol.message.MessageType;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final int ALICE = 1001;
    private static final int BOB = 1002;
    private static final int ADMIN = 0;

    private final FakeTimeMeter clock = new FakeTimeMeter();
    private final RateLimiter limiter = new RateLimiter(
            new RateLimits(3, 5, Duration.ofMinutes(1)), uid -> uid == ADMIN, clock);

    @Test
    void aUserOverTheSubmitLimitIsRefusedWithAccountingPolicyWhileAnotherUserIsNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(ALICE, MessageType.REQUEST_SUBMIT_BATCH_JOB.id()))
                    .isEqualTo(new Admission.Admitted());
        }

        final Admission fourth = limiter.admit(ALICE, MessageType.REQUEST_SUBMIT_BATCH_JOB.id());

        assertThat(fourth).isEqualTo(new Admission.Refused(ALICE, RequestKind.SUBMIT, 2050,
                Duration.ofSeconds(20)));
        assertThat(limiter.admit(BOB, MessageType.REQUEST_SUBMIT_BATCH_JOB.id()))
                .isEqualTo(new Admission.Admitted());
    }

    @Test
    void queriesOverTheRequestLimitAreRefusedWithAccessDenied() {
        for (int i = 0; i < 5; i++) {
            limiter.admit(ALICE, MessageType.REQUEST_JOB_INFO.id());
        }

        final Admission sixth = limiter.admit(ALICE, MessageType.REQUEST_NODE_INFO.id());

        assertThat(sixth).isEqualTo(new Admission.Refused(ALICE, RequestKind.QUERY, 2002,
                Duration.ofSeconds(12)));
    }

    @Test
    void eachKindHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.admit(ALICE, RequestKind.SUBMIT);
        }

        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                .isInstanceOf(Admission.Refused.class);
        assertThat(limiter.admit(ALICE, RequestKind.QUERY)).isEqualTo(new Admission.Admitted());
        assertThat(limiter.admit(ALICE, RequestKind.UPDATE)).isEqualTo(new Admission.Admitted());
    }

    @Test
    void administratorsAreNeverLimited() {
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.admit(ADMIN, RequestKind.SUBMIT))
                    .isEqualTo(new Admission.Admitted());
        }
        assertThat(limiter.trackedBuckets()).isZero();
    }

    @Test
    void theBucketRefillsEvenlyOverThePeriod() {
        for (int i = 0; i < 3; i++) {
            limiter.admit(ALICE, RequestKind.SUBMIT);
        }
        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                .isInstanceOf(Admission.Refused.class);

        clock.advance(Duration.ofSeconds(19));
        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                .isEqualTo(new Admission.Refused(ALICE, RequestKind.SUBMIT, 2050,
                        Duration.ofSeconds(1)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT)).isEqualTo(new Admission.Admitted());
        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                .isInstanceOf(Admission.Refused.class);

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                    .isEqualTo(new Admission.Admitted());
        }
    }

    @Test
    void bucketsIdleForAWholePeriodAreDropped() {
        limiter.admit(ALICE, RequestKind.SUBMIT);
        limiter.admit(ALICE, RequestKind.QUERY);
        limiter.admit(BOB, RequestKind.QUERY);
        assertThat(limiter.trackedBuckets()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(30));
        limiter.admit(BOB, RequestKind.QUERY);
        clock.advance(Duration.ofSeconds(30));
        limiter.admit(BOB, RequestKind.UPDATE);

        assertThat(limiter.trackedBuckets()).isEqualTo(2);
    }

    @Test
    void aDroppedBucketComesBackFull() {
        for (int i = 0; i < 3; i++) {
            limiter.admit(ALICE, RequestKind.SUBMIT);
        }
        clock.advance(Duration.ofMinutes(1));
        limiter.admit(BOB, RequestKind.QUERY);
        assertThat(limiter.trackedBuckets()).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                    .isEqualTo(new Admission.Admitted());
        }
        assertThat(limiter.admit(ALICE, RequestKind.SUBMIT))
                .isInstanceOf(Admission.Refused.class);
    }

    @Test
    void flurmConfDefaultsAllowOneHundredSubmissionsAndOneThousandRequestsPerMinute() {
        final RateLimits limits = RateLimits.of(FlurmConfig.defaults());

        assertThat(limits).isEqualTo(new RateLimits(100, 1000, Duration.ofMinutes(1)));
        assertThat(limits.limitFor(RequestKind.SUBMIT)).isEqualTo(100);
        assertThat(limits.limitFor(RequestKind.QUERY)).isEqualTo(1000);
        assertThat(limits.limitFor(RequestKind.UPDATE)).isEqualTo(1000);
    }
}
