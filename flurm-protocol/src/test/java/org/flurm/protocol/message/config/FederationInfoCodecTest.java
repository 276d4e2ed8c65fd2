package org.flurm.protocol.message.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class FederationInfoCodecTest {

    private static final int V22_05 = 0x2600;

    @Test
    void everyCapturedAnswerIsTheSingleZeroByteOfAnUnfederatedCluster() throws Exception {
        final List<CapturedFrame> frames = Captures.ofType(2050);

        assertThat(frames).hasSize(23);
        for (CapturedFrame frame : frames) {
            assertThat(frame.body()).as(frame.toString()).containsExactly(0);
            assertThat(MessageCodecs.decode(2050, frame.body(), frame.version()))
                    .isEqualTo(FederationInfo.none());
        }
    }

    @Test
    void noFederationEncodesAsTheControllerSendsIt() {
        assertThat(MessageCodecs.encode(2050, FederationInfo.none(), V22_05))
                .containsExactly(0);
    }

    @Test
    void federationWithoutMembersSurvivesARoundTrip() throws Exception {
        for (boolean nullList : new boolean[] {true, false}) {
            final FederationInfo info =
                    new FederationInfo(new FederationInfo.Federation("fed1", 3, nullList));

            final byte[] body = MessageCodecs.encode(2050, info, V22_05);

            assertThat(MessageCodecs.decode(2050, body, V22_05)).isEqualTo(info);
        }
    }

    @Test
    void federationWithMemberClustersIsRefusedAsUnsupported() {
        final byte[] body = new Packer().u8(1).str("fed1").u32(0).u32(2).toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(2050, body, V22_05))
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }
}
