package org.flurm.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.protocol.pack.DecodeException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Malformed frames derived from the captures (see {@link FrameMutator}) are refused with a
 * {@code DecodeException} and nothing else, within the frame cap.
 */
class FrameFuzzTest {

    @Test
    void truncationsAndHugeLengthsAtFixedOffsetsAreRefusedCleanly() {
        final FrameMutator.Report report = new FrameMutator(FrameMutator.capturedFrames(true))
                .runSystematic(16, 96);

        assertThat(report.problems()).isEmpty();
        assertThat(report.crashes()).isZero();
        assertThat(report.violations()).isZero();
        assertThat(report.frameRejections()).containsKeys(Kind.TRUNCATED, Kind.OVERSIZE,
                Kind.UNSUPPORTED);
        assertThat(report.readerOversizeRefusals()).isPositive();
    }

    @Test
    void fiftyThousandRandomMutationsOnlyEverRaiseDecodeException() {
        final FrameMutator.Report report = new FrameMutator(FrameMutator.capturedFrames(false))
                .runRandom(20261203L, 50_000);

        assertThat(report.problems()).isEmpty();
        assertThat(report.crashes()).isZero();
        assertThat(report.violations()).isZero();
        assertThat(report.cases()).isEqualTo(50_000);
        assertThat(report.framesParsed()).isPositive();
        assertThat(report.bodiesDecoded()).isPositive();
        assertThat(report.frameRejections()).containsKeys(Kind.TRUNCATED, Kind.TRAILING,
                Kind.OVERSIZE, Kind.INVALID, Kind.UNSUPPORTED);
        assertThat(report.readerOversizeRefusals()).isPositive();
    }
}
