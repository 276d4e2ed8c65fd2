package org.flurm.protocol.message.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every captured frame of the step package's types decodes to its last byte and re-encodes. */
class CapturedStepFramesTest {

    private static final int[] TYPES = {4002, 4026, 4027, 5001, 5002, 5016, 6001, 6002, 6003,
        7004};

    static Stream<CapturedFrame> frames() {
        return IntStream.of(TYPES).boxed().flatMap(t -> Captures.ofType(t).stream());
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
        assertThat(Captures.ofType(4002)).hasSize(3);
        assertThat(Captures.ofType(4026)).hasSize(1);
        assertThat(Captures.ofType(4027)).hasSize(1);
        assertThat(Captures.ofType(5001)).hasSize(4);
        assertThat(Captures.ofType(5002)).hasSize(4);
        assertThat(Captures.ofType(5016)).hasSize(13);
        assertThat(Captures.ofType(6001)).hasSize(13);
        assertThat(Captures.ofType(6002)).hasSize(13);
        assertThat(Captures.ofType(6003)).hasSize(13);
        assertThat(Captures.ofType(7004)).hasSize(3);
    }
}
