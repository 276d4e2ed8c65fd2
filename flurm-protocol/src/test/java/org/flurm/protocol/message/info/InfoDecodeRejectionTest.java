package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures;
import org.junit.jupiter.api.Test;

/** Bodies the info layouts must refuse, each with the reason a server would count. */
class InfoDecodeRejectionTest {

    private static final int V22_05 = 0x2600;
    private static final int V21_08 = 0x2500;
    private static final int V20_11 = 0x2400;

    private static DecodeException.Kind refusal(int msgType, byte[] body, int version) {
        try {
            MessageCodecs.decode(msgType, body, version);
        } catch (DecodeException e) {
            return e.kind();
        }
        throw new AssertionError("body of " + body.length + " bytes was accepted");
    }

    private static byte[] squeueJobBody() {
        return Captures.read("squeue.txt").stream().filter(f -> f.msgType() == 2004)
                .findFirst().orElseThrow().body();
    }

    @Test
    void jobRecordsOfOlderReleasesAreNotGuessed() {
        assertThat(refusal(2004, squeueJobBody(), V21_08))
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void writingAJobRecordForAnOlderReleaseIsRefused() {
        final JobInfoResponse response =
                new JobInfoResponse(1, 0, List.of(InfoFixtures.everyFieldJob(1)));

        assertThatThrownBy(() -> MessageCodecs.encode(2004, response, V21_08))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedJobAnswerIsRefused() {
        final byte[] body = squeueJobBody();

        assertThat(refusal(2004, Arrays.copyOf(body, body.length - 1), V22_05))
                .isEqualTo(DecodeException.Kind.TRUNCATED);
    }

    @Test
    void aTrailingByteAfterTheLastJobIsRefused() {
        final byte[] body = squeueJobBody();

        assertThat(refusal(2004, Arrays.copyOf(body, body.length + 1), V22_05))
                .isEqualTo(DecodeException.Kind.TRAILING);
    }

    @Test
    void aRecordCountLargerThanTheBodyIsRefusedBeforeReading() {
        final byte[] body = new Packer().u32(1_000_000).time(0).time(0).toByteArray();

        assertThat(refusal(2004, body, V22_05)).isEqualTo(DecodeException.Kind.OVERSIZE);
        assertThat(refusal(2008, body, V22_05)).isEqualTo(DecodeException.Kind.OVERSIZE);
        assertThat(refusal(2010, body, V22_05)).isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void aSelectPluginWithDataOfItsOwnIsRefused() {
        final byte[] body = squeueJobBody();
        final int offset = indexOf(body, new Packer().u32(SelectJobInfo.CONS_TRES).toByteArray());
        final byte[] cray = body.clone();
        cray[offset + 3] = 107;

        assertThat(refusal(2004, cray, V22_05)).isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void aMultiCoreFlagOtherThanAbsentOrPresentIsRefused() {
        final byte[] body = squeueJobBody();
        // the flag byte follows the NUL of the third /dev/null (std_out)
        final byte[] stdOut = "/dev/null\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        final int third = indexOf(body, stdOut, indexOf(body, stdOut,
                indexOf(body, stdOut, 0) + 1) + 1);
        final byte[] bad = body.clone();
        bad[third + stdOut.length] = 0x01;

        assertThat(body[third + stdOut.length]).isEqualTo((byte) 0xFF);
        assertThat(refusal(2004, bad, V22_05)).isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void jobResourcesWithFewerCpuEntriesThanHostsAreRefused() throws Exception {
        final byte[] body = MessageCodecs.encode(2004,
                new JobInfoResponse(1, 0, List.of(InfoFixtures.everyFieldJob(1))), V22_05);
        // job_resources follows gres_total "gpu:2" and starts with nhosts 2; claim 3 hosts
        final byte[] start = new Packer().str("gpu:2").u32(2).toByteArray();
        final byte[] bad = body.clone();
        bad[indexOf(body, start) + start.length - 1] = 3;

        assertThat(((JobInfoResponse) MessageCodecs.decode(2004, body, V22_05)).jobs().get(0)
                .jobResources().nhosts()).isEqualTo(2);
        assertThat(refusal(2004, bad, V22_05)).isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void aNodeUpdateFrom2011HasNoExtraField() throws Exception {
        final UpdateNodeRequest update = InfoFixtures.everyFieldUpdateNode();
        final byte[] current = MessageCodecs.encode(3002, update, V22_05);
        final byte[] old = MessageCodecs.encode(3002, update, V20_11);

        // "extra" as a packstr: u32 length 6, five letters and the NUL
        assertThat(current.length - old.length).isEqualTo(4 + 6);
        final UpdateNodeRequest decoded =
                (UpdateNodeRequest) MessageCodecs.decode(3002, old, V20_11);
        assertThat(decoded.extra()).isNull();
        assertThat(decoded.nodeNames()).isEqualTo("n[1-2]");
        assertThat(decoded.weight()).isEqualTo(7);
    }

    @Test
    void theDrainRequestOfScontrolHasTheDocumentedBytes() throws Exception {
        // scontrol update nodename=n2 state=drain reason=test, as the protocol notes give it
        final byte[] body = hex("00000000 00000000 00000000 00000000 00000000 00000000"
                + " 00000000 00000000 00000003 6e3200 00000200 00000005 7465737400"
                + " 00000000 fffffffe");

        final UpdateNodeRequest drain = (UpdateNodeRequest) MessageCodecs.decode(3002, body,
                V22_05);

        assertThat(drain).isEqualTo(new UpdateNodeRequest(null, 0, null, null, null, null,
                null, null, "n2", NodeState.DRAIN, "test", 0, Sentinels.NO_VAL));
        assertThat(MessageCodecs.encode(3002, drain, V22_05)).isEqualTo(body);
    }

    private static byte[] hex(String text) {
        final String digits = text.replace(" ", "");
        final byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }
}
