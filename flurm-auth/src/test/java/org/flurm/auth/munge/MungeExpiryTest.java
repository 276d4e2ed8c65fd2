package org.flurm.auth.munge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.flurm.auth.testing.MungedProcess;
import org.junit.jupiter.api.Test;

/** A credential outlives its time-to-live: munged must call it expired, never valid again. */
class MungeExpiryTest {

    @Test
    void credentialWithOneSecondTtlEventuallyDecodesAsExpired() throws Exception {
        try (MungedProcess munged = MungedProcess.start()) {
            final Munge munge = munged.munge();
            final String credential = munged.munge(1).encode(new byte[] {1});

            final MungeError outcome = pollUntilRefusedForGood(munge, credential);

            assertThat(outcome).isEqualTo(MungeError.CRED_EXPIRED);
        }
    }

    /**
     * Decodes until munged gives an answer other than "valid" or "replayed" (the first decode
     * may still be in time; later ones are replays until the credential expires).
     */
    static MungeError pollUntilRefusedForGood(Munge munge, String credential)
            throws InterruptedException {
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MungeError last = MungeError.SUCCESS;
        while (System.nanoTime() < deadline) {
            try {
                munge.decode(credential);
                last = MungeError.SUCCESS;
            } catch (MungeException e) {
                last = e.error();
                if (last != MungeError.CRED_REPLAYED) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        return last;
    }
}
