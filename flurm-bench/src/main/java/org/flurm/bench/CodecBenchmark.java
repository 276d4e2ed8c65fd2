package org.flurm.bench;

import java.util.Collections;
import java.util.concurrent.TimeUnit;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.info.JobInfoResponse;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.testing.Captures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode and encode of the two bodies that bound a controller's throughput: the job-info reply
 * that squeue asks for, with {@code jobs} records, and a batch submission.
 *
 * <p>Both start from what the real SLURM sent (squeue.txt and sbatch_hold.txt in
 * shared/protocol-captures, found through {@code -Dflurm.shared.dir}); the job-info reply repeats
 * the captured job record, so every record has the same size as a real pending job's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CodecBenchmark {

    private static final int VERSION = ProtocolVersion.SLURM_22_05;

    @Param({"10000"})
    public int jobs;

    private JobInfoResponse jobInfo;
    private byte[] jobInfoBody;
    private MessageBody submission;
    private byte[] submissionBody;

    @Setup
    public void setUp() throws DecodeException {
        final byte[] captured = Captures.read("squeue.txt").stream()
                .filter(frame -> frame.msgType() == MessageType.RESPONSE_JOB_INFO.id())
                .findFirst().orElseThrow().body();
        final JobInfoResponse one = (JobInfoResponse) MessageCodecs.decode(
                MessageType.RESPONSE_JOB_INFO.id(), captured, VERSION);
        jobInfo = new JobInfoResponse(one.lastUpdate(), one.lastBackfill(),
                Collections.nCopies(jobs, one.jobs().getFirst()));
        jobInfoBody = MessageCodecs.encode(MessageType.RESPONSE_JOB_INFO.id(), jobInfo, VERSION);

        submissionBody = Captures.read("sbatch_hold.txt").stream()
                .filter(frame -> frame.msgType() == MessageType.REQUEST_SUBMIT_BATCH_JOB.id())
                .findFirst().orElseThrow().body();
        submission = MessageCodecs.decode(
                MessageType.REQUEST_SUBMIT_BATCH_JOB.id(), submissionBody, VERSION);
    }

    @Benchmark
    public byte[] encodeJobInfo() {
        return MessageCodecs.encode(MessageType.RESPONSE_JOB_INFO.id(), jobInfo, VERSION);
    }

    @Benchmark
    public MessageBody decodeJobInfo() throws DecodeException {
        return MessageCodecs.decode(MessageType.RESPONSE_JOB_INFO.id(), jobInfoBody, VERSION);
    }

    @Benchmark
    public byte[] encodeSubmission() {
        return MessageCodecs.encode(MessageType.REQUEST_SUBMIT_BATCH_JOB.id(), submission, VERSION);
    }

    @Benchmark
    public MessageBody decodeSubmission() throws DecodeException {
        return MessageCodecs.decode(
                MessageType.REQUEST_SUBMIT_BATCH_JOB.id(), submissionBody, VERSION);
    }
}
