package org.flurm.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flurm.protocol.frame.CaptureAnnotations.Annotation;
import org.flurm.protocol.frame.CaptureAnnotations.Returned;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every RPC frame that real SLURM 22.05 daemons and clients exchanged reads into the header the
 * capture annotates, and writes back to the same bytes.
 */
class CapturedFramesTest {

    private static final FrameCodec CODEC = new FrameCodec();

    private static final List<Arguments> CASES = readCases();

    static Stream<Arguments> capturedFrames() {
        return CASES.stream();
    }

    private static List<Arguments> readCases() {
        final List<Arguments> cases = new ArrayList<>();
        for (Path file : Captures.files()) {
            final List<CapturedFrame> frames = Captures.read(file);
            final List<Annotation> annotations = CaptureAnnotations.read(file);
            if (frames.size() != annotations.size()) {
                throw new IllegalStateException(file + ": " + frames.size() + " frames but "
                        + annotations.size() + " annotations");
            }
            for (int i = 0; i < frames.size(); i++) {
                if (frames.get(i).msgType() >= 0) {
                    cases.add(Arguments.of(frames.get(i), annotations.get(i)));
                }
            }
        }
        return cases;
    }

    @Test
    void theCapturesHoldEveryKindOfHeaderThisCodecReads() {
        final List<Annotation> annotations = capturedFrames()
                .map(arguments -> (Annotation) arguments.get()[1]).toList();

        assertThat(annotations).hasSize(338);
        assertThat(annotations).filteredOn(a -> a.forwardCount() > 0).hasSize(4);
        assertThat(annotations).filteredOn(a -> a.retCount() > 0).hasSize(4);
        assertThat(annotations).filteredOn(a -> a.family() == OrigAddr.AF_INET).hasSize(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capturedFrames")
    void capturedFrameReadsIntoItsAnnotatedHeader(CapturedFrame captured, Annotation expected)
            throws Exception {
        final Frame frame = CODEC.decodeFrame(captured.frame());
        final Header header = frame.header();

        assertThat(header.msgType()).isEqualTo(expected.msgType()).isEqualTo(captured.msgType());
        assertThat(header.version()).isEqualTo(expected.version()).isEqualTo(0x2600);
        assertThat(header.flags()).isEqualTo(expected.flags());
        assertThat(header.bodyLength()).isEqualTo(expected.bodyLength());
        assertThat(frame.body()).hasSize(expected.bodyLength());
        assertThat(frame.auth().pluginId()).isEqualTo(AuthSection.AUTH_MUNGE);
        assertThat(frame.auth().credential()).startsWith("MUNGE:").endsWith(":").hasSize(187);

        if (expected.forwardCount() == 0) {
            assertThat(header.forward()).isNull();
        } else {
            assertThat(header.forward()).isEqualTo(new Forward(expected.forwardCount(),
                    expected.forwardNodelist(), expected.forwardTimeout(),
                    expected.forwardTreeWidth()));
        }

        assertThat(header.returns()).hasSize(expected.retCount());
        for (int i = 0; i < expected.retCount(); i++) {
            final Returned returned = expected.returned().get(i);
            assertThat(header.returns().get(i)).isEqualTo(new ReturnEntry(returned.err(),
                    returned.msgType(), returned.node(), new SlurmRc(returned.rc())));
        }

        if (expected.family() == OrigAddr.AF_INET) {
            assertThat(header.origAddr()).isInstanceOfSatisfying(OrigAddr.Inet.class, inet -> {
                assertThat(inet.address().getHostAddress()).isEqualTo(expected.inetAddress())
                        .isEqualTo("127.0.0.1");
                assertThat(inet.port()).isEqualTo(expected.inetPort());
            });
        } else {
            assertThat(header.origAddr()).isEqualTo(OrigAddr.unspec());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capturedFrames")
    void capturedFrameWritesBackByteForByte(CapturedFrame captured, Annotation expected)
            throws Exception {
        final Frame frame = CODEC.decodeFrame(captured.frame());

        assertThat(CODEC.encode(frame)).isEqualTo(captured.frame());
        assertThat(CODEC.decode(captured.message())).isEqualTo(frame);
        if (expected.retCount() == 0) {
            assertThat(frame.body()).isEqualTo(captured.body());
        }
    }
}
