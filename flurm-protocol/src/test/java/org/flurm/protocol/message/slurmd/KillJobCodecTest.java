package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class KillJobCodecTest {

    private static final int V22_05 = 0x2600;
    private static final int V21_08 = 0x2500;
    private static final int V20_11 = 0x2400;

    @Test
    void capturedTerminateOfABatchJobCarriesItsCredentialAndState() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("batch_lifecycle.txt", 6011, 0);

        final KillJob kill = (KillJob) MessageCodecs.decode(6011, frame.body(), frame.version());

        assertThat(kill.stepId()).isEqualTo(StepId.wholeJob(5));
        assertThat(kill.jobState()).isEqualTo(0x8003); // JOB_COMPLETING | JOB_COMPLETE
        assertThat(kill.nodes()).isEqualTo("n2");
        assertThat(kill.jobUid()).isZero();
        assertThat(kill.workDir()).isEqualTo("/tmp");
        assertThat(kill.exitCode()).isZero();
        assertThat(kill.details()).isNull();
        assertThat(kill.selectJobInfo()).isEqualTo(SelectJobInfo.OF_CONS_TRES);
        assertThat(kill.startTime()).isEqualTo(1796314661L);
        assertThat(kill.cred().stepId()).isEqualTo(StepId.wholeJob(5));
        assertThat(kill.cred().jobHostlist()).isEqualTo("n2");
        assertThat(kill.cred().jobStdOut()).isEqualTo("/tmp/slurm-ref/caplife.out");
        assertThat(kill.cred().jobCoreBitmap()).isEqualTo(Bitmap.of(2, 0));
        assertThat(kill.cred().signature()).isNull();
    }

    @Test
    void capturedTerminateAfterScancelReportsACancelledJob() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("scancel_running.txt", 6011, 0);

        final KillJob kill = (KillJob) MessageCodecs.decode(6011, frame.body(), frame.version());

        assertThat(kill.stepId().jobId()).isEqualTo(6);
        assertThat(kill.jobState()).isEqualTo(0x8004); // JOB_COMPLETING | JOB_CANCELLED
        assertThat(kill.nodes()).isEqualTo("n3");
    }

    @Test
    void allFourKillRequestsShareTheLayout() throws Exception {
        final KillJob kill = sample();

        for (int type : new int[] {6009, 6011, 6013, 6016}) {
            final byte[] body = MessageCodecs.encode(type, kill, V22_05);

            assertThat(body).isEqualTo(MessageCodecs.encode(6011, kill, V22_05));
            assertThat(MessageCodecs.decode(type, body, V22_05))
                    .usingRecursiveComparison().isEqualTo(kill);
        }
    }

    @Test
    void killWithoutCredentialStartsWithAZeroFlag() throws Exception {
        final KillJob kill = withoutCredential(sample());

        final byte[] body = MessageCodecs.encode(6011, kill, V22_05);

        assertThat(body[0]).isZero();
        assertThat(MessageCodecs.decode(6011, body, V22_05)).isEqualTo(kill);
    }

    @Test
    void release2108LayoutLacksTheCredentialAndExitCodes() throws Exception {
        final KillJob kill = sample();

        final KillJob decoded = (KillJob) MessageCodecs.decode(6011,
                MessageCodecs.encode(6011, kill, V21_08), V21_08);

        assertThat(decoded.cred()).isNull();
        assertThat(decoded.details()).isNull();
        assertThat(decoded.exitCode()).isEqualTo(Sentinels.INFINITE);
        assertThat(decoded.stepId()).isEqualTo(kill.stepId());
        assertThat(decoded.workDir()).isEqualTo("/home/alice");
        assertThat(decoded.spankJobEnv()).containsExactly("SPANK_X=1");
    }

    @Test
    void release2011LayoutAlsoLacksTheWorkingDirectory() throws Exception {
        final KillJob kill = sample();

        final byte[] older = MessageCodecs.encode(6011, kill, V20_11);
        final KillJob decoded = (KillJob) MessageCodecs.decode(6011, older, V20_11);

        assertThat(MessageCodecs.encode(6011, kill, V21_08).length - older.length)
                .isEqualTo(4 + "/home/alice".length() + 1);
        assertThat(decoded.workDir()).isNull();
        assertThat(decoded.time()).isEqualTo(kill.time());
    }

    private static KillJob withoutCredential(KillJob k) {
        return new KillJob(null, k.details(), k.derivedEc(), k.exitCode(), k.stepId(),
                k.hetJobId(), k.jobState(), k.jobUid(), k.jobGid(), k.nodes(), k.selectJobInfo(),
                k.spankJobEnv(), k.startTime(), k.time(), k.workDir());
    }

    private static KillJob sample() {
        return new KillJob(JobCredentialCodecTest.sample(), "TimeLimit", 256, 9,
                new StepId(41, Sentinels.NO_VAL, Sentinels.NO_VAL), 40, 0x8006, 1001, 1002,
                "n[1-2]", new SelectJobInfo(SelectJobInfo.LINEAR), List.of("SPANK_X=1"),
                1796314000L, 1796317600L, "/home/alice");
    }
}
