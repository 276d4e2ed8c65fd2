package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/** The two small reports slurmd sends: its ping answer (1016) and epilog completion (6012). */
class NodeReportsCodecTest {

    private static final int V22_05 = 0x2600;

    @Test
    void capturedPingAnswerCarriesLoadAndFreeMemory() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("ctld_idle_30s.txt", 1016, 0);

        assertThat(MessageCodecs.decode(1016, frame.body(), frame.version()))
                .isEqualTo(new PingSlurmdResponse(55, 22994));
    }

    @Test
    void pingAnswerIsTwelveBytes() throws Exception {
        final byte[] body = MessageCodecs.encode(1016, new PingSlurmdResponse(312, 1L << 33),
                V22_05);

        assertThat(body).containsExactly(0, 0, 1, 0x38, 0, 0, 0, 2, 0, 0, 0, 0);
        assertThat(MessageCodecs.decode(1016, body, V22_05))
                .isEqualTo(new PingSlurmdResponse(312, 1L << 33));
    }

    @Test
    void capturedEpilogCompletionNamesJobAndNode() throws Exception {
        final CapturedFrame frame = SlurmdCaptures.frame("scancel_running.txt", 6012, 0);

        assertThat(MessageCodecs.decode(6012, frame.body(), frame.version()))
                .isEqualTo(new EpilogComplete(6, 0, "n3"));
    }

    @Test
    void failedEpilogSurvivesARoundTrip() throws Exception {
        final EpilogComplete failed = new EpilogComplete(41, 256, "n4");

        final byte[] body = MessageCodecs.encode(6012, failed, V22_05);

        assertThat(body).hasSize(4 + 4 + 4 + 3);
        assertThat(MessageCodecs.decode(6012, body, V22_05)).isEqualTo(failed);
    }
}
