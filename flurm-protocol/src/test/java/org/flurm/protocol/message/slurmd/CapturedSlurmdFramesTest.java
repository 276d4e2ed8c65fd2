package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every captured slurmctld/slurmd frame of this package's types decodes and re-encodes exactly. */
class CapturedSlurmdFramesTest {

    private static final int[] TYPES = {1002, 1016, 1024, 4005, 5018, 6009, 6011, 6012, 6013, 6016};

    static Stream<CapturedFrame> frames() {
        return IntStream.of(TYPES).boxed().flatMap(t -> SlurmdCaptures.readable(t).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void capturedBodyDecodesToTheLastByteAndReencodesIdentically(CapturedFrame frame)
            throws Exception {
        final byte[] body = frame.body();

        final MessageBody decoded = MessageCodecs.decode(frame.msgType(), body, frame.version());

        assertThat(MessageCodecs.encode(frame.msgType(), decoded, frame.version()))
                .isEqualTo(body);
    }

    @Test
    void capturesHoldTheExpectedNumberOfFramesOfEachType() {
        assertThat(SlurmdCaptures.readable(1002)).hasSize(1);
        assertThat(SlurmdCaptures.readable(1016)).hasSize(4);
        assertThat(SlurmdCaptures.readable(1024)).hasSize(1);
        assertThat(SlurmdCaptures.readable(4005)).hasSize(3);
        assertThat(SlurmdCaptures.readable(5018)).hasSize(4);
        assertThat(SlurmdCaptures.readable(6011)).hasSize(16);
        assertThat(SlurmdCaptures.readable(6012)).hasSize(1);
    }

    /** Frames without a message type (srun's task I/O set-up) are not RPC frames at all. */
    @Test
    void onlyAggregatedRcRepliesAreLeftOutForCarryingForwardedReplies() {
        final List<CapturedFrame> leftOut = Captures.files().stream()
                .flatMap(file -> Captures.read(file).stream())
                .filter(f -> f.msgType() >= 0)
                .filter(SlurmdCaptures::carriesForwardedReplies)
                .toList();

        assertThat(leftOut).isNotEmpty();
        assertThat(leftOut).extracting(CapturedFrame::msgType).containsOnly(8001, 8002);
    }

    @Test
    void forwardedTerminateRequestKeepsItsBody() {
        final CapturedFrame forwarded = SlurmdCaptures.readable(6011).stream()
                .filter(f -> f.file().equals("batch_lifecycle_n4_treewidth2.txt"))
                .findFirst().orElseThrow();

        assertThat(forwarded.frame()).hasSize(574);
        assertThat(SlurmdCaptures.carriesForwardedReplies(forwarded)).isFalse();
    }
}
