package org.flurm.bench;

import java.util.concurrent.TimeUnit;

import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MUNGE credentials decoded per second. A credential decodes once (the second decode is a
 * replay), so each iteration decodes a fixed batch of {@value #BATCH} credentials encoded
 * before it starts: the score is the time of one batch per thread, and decodes per second are
 * {@code BATCH * threads / score}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(batchSize = MungeDecodeBenchmark.BATCH)
@Measurement(batchSize = MungeDecodeBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class MungeDecodeBenchmark {

    static final int BATCH = 5_000;

    private BenchMunged munged;
    private Munge munge;

    @Setup(Level.Trial)
    public void start() {
        munged = BenchMunged.open();
        munge = munged.munge();
    }

    @TearDown(Level.Trial)
    public void stop() {
        munged.close();
    }

    /** One thread's credentials for one iteration, each decoded exactly once. */
    @State(Scope.Thread)
    public static class Batch {

        private String[] credentials;
        private int next;

        @Setup(Level.Iteration)
        public void encode(MungeDecodeBenchmark benchmark) throws MungeException {
            credentials = new String[BATCH];
            for (int i = 0; i < BATCH; i++) {
                credentials[i] = benchmark.munge.encode(MungeBenchmark.PAYLOAD);
            }
            next = 0;
        }

        String take() {
            return credentials[next++];
        }
    }

    @Benchmark
    public Object decode(Batch batch) throws MungeException {
        return munge.decode(batch.take());
    }
}
