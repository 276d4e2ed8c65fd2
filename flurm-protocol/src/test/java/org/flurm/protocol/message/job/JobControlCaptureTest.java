package org.flurm.protocol.message.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The small job messages real clients and slurmctld exchanged (submit reply, kill, job ready
 * reply, allocation complete) decode to the values the capture shows and re-encode exactly.
 */
class JobControlCaptureTest {

    private static final int SUBMIT_RESPONSE = 4004;
    private static final int KILL_JOB = 5032;
    private static final int JOB_READY_RESPONSE = 4020;
    private static final int COMPLETE_JOB_ALLOCATION = 5017;

    static Stream<CapturedFrame> controlFrames() {
        return Stream.of(SUBMIT_RESPONSE, KILL_JOB, JOB_READY_RESPONSE, COMPLETE_JOB_ALLOCATION)
                .flatMap(type -> CapturedJobFrames.ofType(type).stream());
    }

    @Test
    void capturesHoldEveryKindOfControlMessage() {
        assertThat(CapturedJobFrames.ofType(SUBMIT_RESPONSE)).hasSize(5);
        assertThat(CapturedJobFrames.ofType(KILL_JOB)).hasSize(4);
        assertThat(CapturedJobFrames.ofType(JOB_READY_RESPONSE)).hasSize(3);
        assertThat(CapturedJobFrames.ofType(COMPLETE_JOB_ALLOCATION)).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("controlFrames")
    void capturedControlMessageReencodesToTheSameBytes(CapturedFrame frame) throws Exception {
        final MessageBody body = MessageCodecs.decode(frame.msgType(), frame.body(),
                frame.version());

        assertThat(MessageCodecs.encode(frame.msgType(), body, frame.version()))
                .isEqualTo(frame.body());
    }

    @Test
    void heldSubmissionIsAnsweredWithJobIdBatchStepAndJobHeld() throws Exception {
        final MessageBody body = decodeOnly("sbatch_hold.txt", SUBMIT_RESPONSE);

        assertThat(body).isEqualTo(
                new SubmitBatchJobResponse(1, Sentinels.SLURM_BATCH_SCRIPT, 2042, null));
    }

    @Test
    void plainSubmissionIsAnsweredWithoutErrorCode() throws Exception {
        final MessageBody body = decodeOnly("batch_lifecycle.txt", SUBMIT_RESPONSE);

        assertThat(body).isEqualTo(SubmitBatchJobResponse.accepted(5));
    }

    @Test
    void scancelNamesTheJobAsTextAndSendsSigkill() throws Exception {
        final MessageBody body = decodeOnly("scancel.txt", KILL_JOB);

        assertThat(body).isEqualTo(
                new JobStepKillRequest(StepId.NONE, "2", null, JobStepKillRequest.SIGKILL, 0));
    }

    @Test
    void srunHearsItsAllocationIsReadyWithAllReadyBits() throws Exception {
        final MessageBody response = decodeOnly("srun_hostname.txt", JOB_READY_RESPONSE);

        assertThat(response).isEqualTo(new JobReadyResponse(JobReadyResponse.READY_NODE_STATE
                | JobReadyResponse.READY_JOB_STATE | JobReadyResponse.READY_PROLOG_STATE));
    }

    @Test
    void srunReleasesItsAllocationWithExitStatusZero() throws Exception {
        final MessageBody body = decodeOnly("srun_hostname.txt", COMPLETE_JOB_ALLOCATION);

        assertThat(body).isEqualTo(new CompleteJobAllocationRequest(7, 0));
    }

    private static MessageBody decodeOnly(String file, int msgType) throws Exception {
        final List<CapturedFrame> frames = Captures.read(file).stream()
                .filter(frame -> frame.msgType() == msgType)
                .toList();
        assertThat(frames).hasSize(1);
        final CapturedFrame frame = frames.getFirst();
        return MessageCodecs.decode(msgType, frame.body(), frame.version());
    }
}
