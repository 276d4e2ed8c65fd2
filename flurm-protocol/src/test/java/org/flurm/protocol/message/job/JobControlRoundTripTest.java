package org.flurm.protocol.message.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.job.JobArrayErrors.TaskResult;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.junit.jupiter.api.Test;

/**
 * The small job layouts no capture holds (cancel step, requeue, array errors) have the byte
 * layout of the protocol notes, and every layout reads what it writes.
 */
class JobControlRoundTripTest {

    private static final int VERSION = 0x2600;

    @Test
    void cancelStepNamesTheStepAndNoJobText() throws Exception {
        final JobStepKillRequest cancel = new JobStepKillRequest(new StepId(12, 3, 1), null,
                null, 15, JobStepKillRequest.KILL_FULL_JOB | JobStepKillRequest.KILL_HURRY);

        final byte[] bytes = MessageCodecs.encode(5005, cancel, VERSION);

        assertThat(bytes).isEqualTo(new Packer().u32(12).u32(3).u32(1).u32(0).u32(0).u16(15)
                .u16(0x28).toByteArray());
        assertThat(MessageCodecs.decode(5005, bytes, VERSION)).isEqualTo(cancel);
    }

    @Test
    void killWithEveryFieldSetSurvivesARoundTrip() throws Exception {
        final JobStepKillRequest kill = new JobStepKillRequest(new StepId(1, 2, 3), "4_[1-3]",
                "sib", 10, JobStepKillRequest.KILL_JOB_ARRAY | JobStepKillRequest.KILL_NO_SIBS);

        assertRoundTrip(5032, kill);
    }

    @Test
    void requeueHoldCarriesJobIdTextAndFlags() throws Exception {
        final JobRequeueRequest requeue = new JobRequeueRequest(-2, "17",
                JobRequeueRequest.REQUEUE_HOLD);

        final byte[] bytes = MessageCodecs.encode(5023, requeue, VERSION);

        assertThat(bytes).isEqualTo(new Packer().u32(-2).str("17").u32(0x800).toByteArray());
        assertThat(MessageCodecs.decode(5023, bytes, VERSION)).isEqualTo(requeue);
    }

    @Test
    void arrayErrorsKeepEveryEntryInOrder() throws Exception {
        final JobArrayErrors errors = new JobArrayErrors(List.of(
                new TaskResult(0, "12_[1-3]"), new TaskResult(2073, "12_4")));

        final byte[] bytes = MessageCodecs.encode(5034, errors, VERSION);

        assertThat(bytes).isEqualTo(new Packer().u32(2).u32(0).str("12_[1-3]").u32(2073)
                .str("12_4").toByteArray());
        assertThat(MessageCodecs.decode(5034, bytes, VERSION)).isEqualTo(errors);
    }

    @Test
    void arrayErrorCountBeyondTheBodyIsRefused() {
        final byte[] bytes = new Packer().u32(1000).toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(5034, bytes, VERSION))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void submitResponseWithPluginMessageSurvivesARoundTrip() throws Exception {
        assertRoundTrip(4004, new SubmitBatchJobResponse(99, -5, 2042, "queued behind 3 jobs"));
    }

    @Test
    void jobReadyErrorSurvivesARoundTrip() throws Exception {
        assertRoundTrip(4020, new JobReadyResponse(JobReadyResponse.READY_JOB_FATAL));
    }

    @Test
    void allocationCompleteWithFailureStatusSurvivesARoundTrip() throws Exception {
        assertRoundTrip(5017, new CompleteJobAllocationRequest(8, 256));
    }

    @Test
    void bodyWithBytesAfterTheLastFieldIsRefused() {
        final byte[] bytes = new Packer().u32(8).u32(0).u8(0).toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(5017, bytes, VERSION))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.TRAILING);
    }

    private static void assertRoundTrip(int msgType, MessageBody body) throws Exception {
        final byte[] bytes = MessageCodecs.encode(msgType, body, VERSION);

        assertThat(MessageCodecs.decode(msgType, bytes, VERSION)).isEqualTo(body);
    }
}
