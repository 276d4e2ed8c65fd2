package org.flurm.bench;

import java.util.concurrent.TimeUnit;

import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeCredential;
import org.flurm.auth.munge.MungeException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * MUNGE credentials encoded per second through libmunge, each call a round trip to munged.
 * Run with {@code -t 1} and {@code -t 2} for one and two threads. Decoding alone is measured by
 * {@link MungeDecodeBenchmark}, because a credential decodes only once.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class MungeBenchmark {

    /** The size of the payload SLURM 22.05 seals: a hash type byte and a 32-byte K12. */
    static final byte[] PAYLOAD = new byte[33];

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

    @Benchmark
    public String encode() throws MungeException {
        return munge.encode(PAYLOAD);
    }

    /** What a daemon pays per request and reply: one decode and one encode. */
    @Benchmark
    public MungeCredential encodeAndDecode() throws MungeException {
        return munge.decode(munge.encode(PAYLOAD));
    }
}
