package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every captured frame of an info type decodes to the last byte and re-encodes identically. */
class CapturedInfoRoundTripTest {

    private static final int[] INFO_TYPES = {2003, 2004, 2007, 2008, 2009, 2010, 2021, 2039, 4019};

    /** Read once: the capture files are large and both tests walk all of them. */
    private static final List<CapturedFrame> FRAMES = Captures.files().stream()
            .flatMap(file -> Captures.read(file).stream())
            .filter(frame -> IntStream.of(INFO_TYPES).anyMatch(t -> t == frame.msgType()))
            .toList();

    static Stream<CapturedFrame> infoFrames() {
        return FRAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infoFrames")
    void capturedBodyDecodesAndReencodesByteForByte(CapturedFrame frame) throws Exception {
        final byte[] body = frame.body();

        final MessageBody decoded = MessageCodecs.decode(frame.msgType(), body, frame.version());
        final byte[] reencoded = MessageCodecs.encode(frame.msgType(), decoded, frame.version());

        assertThat(reencoded).isEqualTo(body);
    }

    @Test
    void theCapturesHoldTheExpectedNumberOfFramesPerType() {
        final Map<Integer, Long> counts = new TreeMap<>();
        infoFrames().forEach(frame -> counts.merge(frame.msgType(), 1L, Long::sum));

        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                2003, 2L, 2004, 24L, 2007, 3L, 2008, 3L, 2009, 6L, 2010, 6L, 2021, 21L,
                2039, 1L, 4019, 3L)));
    }
}
