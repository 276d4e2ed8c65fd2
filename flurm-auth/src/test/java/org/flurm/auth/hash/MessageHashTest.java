package org.flurm.auth.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageHashTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void kangarooTwelveOfEmptyMessageAndCustomizationIsTheSpecificationVector() {
        assertThat(HEX.formatHex(MessageHash.kangarooTwelve(new byte[0], new byte[0], 0, 0)))
                .isEqualTo("1ac2d450fc3b4205d19da7bfca1b37513c0803577ac7167f06fe2ce1f0ef39e5");
    }

    @ParameterizedTest(name = "type {0}, body ''{1}''")
    @CsvSource({
        "1008, '',         5d5247bbb9ae435b2674a601f4a615de08d36c074c352457612d21db790784f9",
        "8001, '00000000', e4131db9673e46adbeeb1d46262f892bfca0cfd193730a3b9ab72758a8c48411",
        "2049, '',         6f1bbf1492838ee7e22c6fdccf9548ed8b390f3f8ae051418099bd72bd2de3a9",
    })
    void k12PayloadIsTypeByteTwoThenTheWireSpecVector(int msgType, String bodyHex,
                                                     String expectedHash) {
        final byte[] body = HEX.parseHex(bodyHex);

        assertThat(HEX.formatHex(MessageHash.k12Payload(msgType, body)))
                .isEqualTo("02" + expectedHash);
    }

    /** Values computed with KangarooTwelve() from Debian 12's slurm-wlm hash_k12.so. */
    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({
        "1024,   29ff6c928bdadba293a4964f0a29e78ce4cf440eba421a7bf23141c24059de4e",
        "8191,   72b684f3ba9d80b54bee78c3084037e747652a7a1c437eb0ac9a1665c770c790",
        "8192,   8bdc9b306181f93568b59d27a9cd5614ec7a24f16089c51002979a678b2befd3",
        "8193,   9b2d731916466bb7ab3424d725f60ba86109a9b21327c8566f13d032120d2385",
        "100000, 4e47033d89677f83f933118c4462d230d136b96335cf876553e36a5b34f027f8",
    })
    void k12OfBodiesAroundAndBeyondOneChunkMatchesSlurmsPlugin(int size, String expected) {
        final byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = (byte) (i % 251);
        }

        // 2004 = RESPONSE_JOB_INFO, whose bodies are the ones that grow past 8 KiB
        assertThat(HEX.formatHex(MessageHash.k12(2004, body, 0, size))).isEqualTo(expected);
    }

    @Test
    void k12OfASliceHashesOnlyTheSlice() {
        final byte[] frame = HEX.parseHex("ffff00000000ffff");

        assertThat(HEX.formatHex(MessageHash.k12(8001, frame, 2, 4)))
                .isEqualTo("e4131db9673e46adbeeb1d46262f892bfca0cfd193730a3b9ab72758a8c48411");
    }

    @Test
    void capturedScontrolPingBodyHashesToTheRequestPingVector() {
        final CapturedFrame ping = Captures.read("scontrol_ping.txt").get(0);
        final byte[] body = ping.body();

        assertThat(ping.msgType()).isEqualTo(1008);
        assertThat(body).isEmpty();
        assertThat(HEX.formatHex(MessageHash.k12Payload(ping.msgType(), body)))
                .isEqualTo("025d5247bbb9ae435b2674a601f4a615de08d36c074c352457612d21db790784f9");
    }

    @Test
    void capturedSlurmRcReplyBodyHashesToTheResponseSlurmRcVector() {
        final CapturedFrame reply = Captures.read("scontrol_ping.txt").get(1);

        assertThat(reply.msgType()).isEqualTo(8001);
        assertThat(HEX.formatHex(MessageHash.k12(reply.msgType(), reply.body(), 0, 4)))
                .isEqualTo("e4131db9673e46adbeeb1d46262f892bfca0cfd193730a3b9ab72758a8c48411");
    }

    @Test
    void nonePayloadCarriesTheTypeBigEndianFor2205() {
        assertThat(MessageHash.nonePayload(0x2600, 1008)).containsExactly(0x01, 0x03, 0xf0);
    }

    @Test
    void nonePayloadCarriesTheTypeLowByteFirstFor2108() {
        assertThat(MessageHash.nonePayload(0x2500, 1008)).containsExactly(0x01, 0xf0, 0x03);
    }

    @Test
    void payloadForA2108PeerIsNoneEvenWhenK12IsAsked() {
        assertThat(MessageHash.payload(MessageHash.Form.K12, 0x2500, 1008, new byte[0], 0, 0))
                .containsExactly(0x01, 0xf0, 0x03);
    }

    @Test
    void emptyFormIsAnEmptyPayload() {
        assertThat(MessageHash.payload(MessageHash.Form.EMPTY, 0x2600, 1008, new byte[0], 0, 0))
                .isEmpty();
    }
}
