package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.slurmd.JobAccounting.TresUsage;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class CompleteBatchScriptCodecTest {

    private static final int V22_05 = 0x2600;

    private static CompleteBatchScript decode(CapturedFrame frame) throws Exception {
        return (CompleteBatchScript) MessageCodecs.decode(5018, frame.body(), frame.version());
    }

    @Test
    void capturedCompletionOfASuccessfulScript() throws Exception {
        final CompleteBatchScript done =
                decode(SlurmdCaptures.frame("batch_lifecycle.txt", 5018, 0));

        assertThat(done).isEqualTo(new CompleteBatchScript(null, 5, 0, 0, 0, "n2"));
    }

    @Test
    void capturedCompletionOfACancelledScriptCarriesItsSignal() throws Exception {
        final CompleteBatchScript done =
                decode(SlurmdCaptures.frame("scancel_running.txt", 5018, 0));

        assertThat(done.jobId()).isEqualTo(6);
        assertThat(done.jobRc()).isEqualTo(15); // killed by SIGTERM
        assertThat(done.nodeName()).isEqualTo("n3");
        assertThat(done.jobacct()).isNull();
    }

    @Test
    void completionWithAccountingSurvivesARoundTrip() throws Exception {
        final TresUsage in = new TresUsage(new long[] {10, 11}, new long[] {0, 1},
                new long[] {2, 3}, new long[] {4, 5}, new long[] {1, 0}, new long[] {3, 2},
                new long[] {100, 200});
        final TresUsage out = new TresUsage(new long[] {20, 21}, new long[] {1, 1},
                new long[] {0, 0}, new long[] {6, 7}, new long[] {0, 0}, new long[] {1, 1},
                new long[] {300, 400});
        final JobAccounting acct = new JobAccounting(12, 500, 3, 250, 2400000, 99,
                new int[] {1, 2}, List.of(new TresRecord(0, 4, 1, "cpu", null)), in, out);
        final CompleteBatchScript done = new CompleteBatchScript(acct, 41, 768, 2, 1001, "n4");

        final byte[] body = MessageCodecs.encode(5018, done, V22_05);
        final CompleteBatchScript decoded =
                (CompleteBatchScript) MessageCodecs.decode(5018, body, V22_05);

        assertThat(body[0]).isEqualTo((byte) 1);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(done);
    }
}
