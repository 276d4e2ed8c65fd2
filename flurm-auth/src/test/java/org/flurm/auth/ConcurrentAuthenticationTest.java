package org.flurm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.flurm.auth.munge.Munge;
import org.flurm.auth.testing.MungedProcess;
import org.flurm.auth.testing.ProcessIdentity;
import org.junit.jupiter.api.Test;

/** One authenticator shared by many threads signs and verifies without interference. */
class ConcurrentAuthenticationTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @Test
    void eightThreadsSigningAndVerifyingAllSucceed() throws Exception {
        try (MungedProcess munged = MungedProcess.start();
             ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            final MessageAuthenticator authenticator =
                    new MessageAuthenticator(munged.munge(), HashPolicy.DEFAULT);
            final CountDownLatch start = new CountDownLatch(1);
            final List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final int thread = t;
                results.add(pool.submit(() -> {
                    final RandomGenerator random =
                            RandomGeneratorFactory.of("L64X128MixRandom").create(thread);
                    start.await();
                    int accepted = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        final byte[] body = new byte[random.nextInt(0, 2048)];
                        random.nextBytes(body);
                        final int msgType = 2000 + thread;
                        final String credential =
                                authenticator.sign(msgType, body, Munge.ANY_UID);
                        final AuthenticatedIdentity identity =
                                authenticator.verify(msgType, body, credential);
                        if (identity.uid() == ProcessIdentity.uid()) {
                            accepted++;
                        }
                    }
                    return accepted;
                }));
            }
            start.countDown();

            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(ROUNDS);
            }
        }
    }
}
