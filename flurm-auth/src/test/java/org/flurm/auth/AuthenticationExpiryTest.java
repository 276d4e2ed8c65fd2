package org.flurm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.flurm.auth.AuthenticationException.Reason;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.testing.MungedProcess;
import org.junit.jupiter.api.Test;

/** A request whose credential outlived its time-to-live is refused as expired. */
class AuthenticationExpiryTest {

    private static final int REQUEST_PING = 1008;

    @Test
    void requestSignedWithOneSecondTtlIsEventuallyRefusedAsExpired() throws Exception {
        try (MungedProcess munged = MungedProcess.start()) {
            final MessageAuthenticator signer =
                    new MessageAuthenticator(munged.munge(1), HashPolicy.DEFAULT);
            final MessageAuthenticator verifier =
                    new MessageAuthenticator(munged.munge(), HashPolicy.DEFAULT);
            final String credential = signer.sign(REQUEST_PING, new byte[0], Munge.ANY_UID);

            // the first verification may still be in time, the next ones are replays
            final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Reason reason = null;
            while (System.nanoTime() < deadline
                    && (reason == null || reason == Reason.REPLAYED)) {
                try {
                    verifier.verify(REQUEST_PING, new byte[0], credential);
                    reason = null;
                } catch (AuthenticationException e) {
                    reason = e.reason();
                }
                Thread.sleep(200);
            }

            assertThat(reason).isEqualTo(Reason.EXPIRED);
        }
    }
}
