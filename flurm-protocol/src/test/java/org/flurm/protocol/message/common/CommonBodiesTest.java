package org.flurm.protocol.message.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/** The generic bodies read and write as SLURM 22.05 sends them. */
class CommonBodiesTest {

    private static final int V22_05 = 0x2600;

    /** Every captured RPC frame, read once: the capture files are large. */
    private static final List<CapturedFrame> CAPTURED = Captures.files().stream()
            .flatMap(file -> Captures.read(file).stream())
            .filter(frame -> frame.msgType() >= 0)
            .toList();

    private static Kind kindOf(int msgType, byte[] body) {
        try {
            MessageCodecs.decode(msgType, body, V22_05);
        } catch (DecodeException e) {
            return e.kind();
        }
        throw new AssertionError("no DecodeException");
    }

    /** The bodies of every captured frame of a type; frames with returned replies included. */
    private static List<byte[]> capturedBodies(int msgType) throws DecodeException {
        final FrameCodec codec = new FrameCodec();
        final List<byte[]> bodies = new ArrayList<>();
        for (CapturedFrame frame : CAPTURED) {
            if (frame.msgType() == msgType) {
                bodies.add(codec.decodeFrame(frame.frame()).body());
            }
        }
        return bodies;
    }

    @Test
    void everyCapturedRcReplyReadsAndWritesBackExactly() throws Exception {
        final List<byte[]> bodies = capturedBodies(8001);

        final Set<Integer> codes = new TreeSet<>();
        assertThat(bodies).hasSize(76);
        for (byte[] body : bodies) {
            final MessageBody decoded = MessageCodecs.decode(8001, body, V22_05);
            assertThat(decoded).isInstanceOf(SlurmRc.class);
            codes.add(((SlurmRc) decoded).returnCode());
            assertThat(MessageCodecs.encode(8001, decoded, V22_05)).isEqualTo(body);
        }
        assertThat(codes).containsExactly(SlurmErrno.SLURM_SUCCESS.code(),
                SlurmErrno.ESLURM_ALREADY_DONE.code(),
                SlurmErrno.ESLURMD_KILL_JOB_ALREADY_COMPLETE.code());
    }

    @Test
    void capturedPingIsAnsweredWithSuccessAndLateTerminationWithKillAlreadyComplete()
            throws Exception {
        final byte[] pingReply = Captures.read("scontrol_ping.txt").get(1).body();
        final List<CapturedFrame> lifecycle = Captures.read("batch_lifecycle.txt");
        final CapturedFrame terminate = lifecycle.stream()
                .filter(f -> f.msgType() == 6011).findFirst().orElseThrow();
        final CapturedFrame terminateReply = lifecycle.stream()
                .filter(f -> f.connection() == terminate.connection())
                .filter(f -> f.index() == terminate.index() + 1).findFirst().orElseThrow();

        assertThat(MessageCodecs.decode(8001, pingReply, V22_05)).isEqualTo(SlurmRc.success());
        assertThat(MessageCodecs.decode(8001, terminateReply.body(), V22_05))
                .isEqualTo(SlurmRc.of(SlurmErrno.ESLURMD_KILL_JOB_ALREADY_COMPLETE));
    }

    @Test
    void everyCapturedRcMessageReplyReadsAndWritesBackExactly() throws Exception {
        final List<byte[]> bodies = capturedBodies(8002);

        assertThat(bodies).hasSize(13);
        for (byte[] body : bodies) {
            final MessageBody decoded = MessageCodecs.decode(8002, body, V22_05);
            assertThat(decoded).isEqualTo(new SlurmRcMsg(0, null));
            assertThat(MessageCodecs.encode(8002, decoded, V22_05)).isEqualTo(body);
        }
    }

    @Test
    void rcMessageCarriesItsTextWithTheNul() throws Exception {
        final byte[] bytes = MessageCodecs.encode(8002, new SlurmRcMsg(2017, "no"), V22_05);

        assertThat(bytes).containsExactly(0, 0, 0x07, 0xE1, 0, 0, 0, 3, 'n', 'o', 0);
        assertThat(MessageCodecs.decode(8002, bytes, V22_05)).isEqualTo(new SlurmRcMsg(2017,
                "no"));
    }

    @Test
    void negativeReturnCodeTravelsAsAllOnes() throws Exception {
        final byte[] bytes = MessageCodecs.encode(8001, SlurmRc.of(SlurmErrno.SLURM_ERROR),
                V22_05);

        assertThat(bytes).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(MessageCodecs.decode(8001, bytes, V22_05)).isEqualTo(new SlurmRc(-1));
    }

    @Test
    void capturedPingAndFederationRequestsHaveEmptyBodies() throws Exception {
        for (int type : new int[] {1008, 2049}) {
            final List<byte[]> bodies = capturedBodies(type);
            assertThat(bodies).isNotEmpty();
            for (byte[] body : bodies) {
                assertThat(body).isEmpty();
                assertThat(MessageCodecs.decode(type, body, V22_05)).isEqualTo(EmptyBody.INSTANCE);
            }
        }
    }

    @Test
    void everyBodilessTypeReadsNothingAndRefusesBytes() throws Exception {
        final int[] bodiless = {1001, 1003, 1008, 1009, 1011, 1012, 1017, 2028, 2037, 2049, 2053,
            5024, 7001, 9001, 10002, 10003};

        for (int type : bodiless) {
            assertThat(MessageCodecs.decode(type, new byte[0], V22_05))
                    .isEqualTo(EmptyBody.INSTANCE);
            assertThat(MessageCodecs.encode(type, EmptyBody.INSTANCE, V22_05)).isEmpty();
            assertThat(kindOf(type, new byte[1])).isEqualTo(Kind.TRAILING);
        }
    }

    @Test
    void shutdownCarriesItsOptionsAsU16() throws Exception {
        final byte[] bytes = MessageCodecs.encode(1005, new Shutdown(Shutdown.CONTROLLER_ONLY),
                V22_05);

        assertThat(bytes).containsExactly(0, 2);
        assertThat(MessageCodecs.decode(1005, bytes, V22_05))
                .isEqualTo(new Shutdown(Shutdown.CONTROLLER_ONLY));
    }

    @Test
    void statsRequestCarriesItsCommandAsU16() throws Exception {
        final byte[] bytes = MessageCodecs.encode(2035,
                new StatsInfoRequest(StatsInfoRequest.STAT_COMMAND_GET), V22_05);

        assertThat(bytes).containsExactly(0, 1);
        assertThat(MessageCodecs.decode(2035, new byte[] {0, 0}, V22_05))
                .isEqualTo(new StatsInfoRequest(StatsInfoRequest.STAT_COMMAND_RESET));
    }

    @Test
    void shortOrLongBodiesAreRefused() {
        assertThat(kindOf(8001, new byte[3])).isEqualTo(Kind.TRUNCATED);
        assertThat(kindOf(8001, new byte[5])).isEqualTo(Kind.TRAILING);
        assertThat(kindOf(8002, new byte[4])).isEqualTo(Kind.TRUNCATED);
        assertThat(kindOf(8002, new byte[] {0, 0, 0, 0, 0, 0, 0, 2, 'x', 'y'}))
                .isEqualTo(Kind.INVALID);
        assertThat(kindOf(1005, new byte[1])).isEqualTo(Kind.TRUNCATED);
        assertThat(kindOf(2035, new byte[3])).isEqualTo(Kind.TRAILING);
    }
}
