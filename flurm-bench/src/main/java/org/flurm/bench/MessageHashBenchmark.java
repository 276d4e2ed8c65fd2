package org.flurm.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.flurm.auth.hash.MessageHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The K12 payload of a message body: computed once to sign and once to verify. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@State(Scope.Thread)
public class MessageHashBenchmark {

    @Param({"1024"})
    public int bodySize;

    private byte[] body;

    @Setup
    public void makeBody() {
        body = new byte[bodySize];
        new SplittableRandom(42).nextBytes(body);
    }

    @Benchmark
    public byte[] k12Payload() {
        // 2004 = RESPONSE_JOB_INFO
        return MessageHash.k12Payload(2004, body);
    }
}
