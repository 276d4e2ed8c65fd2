package org.flurm.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/** How a frame's header and auth section are read and written, byte by byte. */
class FrameCodecTest {

    private static final String CREDENTIAL = "MUNGE:AwQFAAB0ZXN0Y3JlZGVudGlhbA==:";
    private static final FrameCodec CODEC = new FrameCodec();

    private static Kind kindOf(ThrowingRunnable action) {
        try {
            action.run();
        } catch (DecodeException e) {
            return e.kind();
        }
        throw new AssertionError("no DecodeException");
    }

    private interface ThrowingRunnable {
        void run() throws DecodeException;
    }

    private static Frame ping(int version) {
        return new Frame(Header.of(version, 0, 1008, 0), AuthSection.munge(CREDENTIAL),
                new byte[0]);
    }

    /** A message (no prefix) built field by field, for layouts the encoder will not write. */
    private static byte[] message(Packer header, String credential, byte[] body) {
        return header.u32(AuthSection.AUTH_MUNGE).str(credential).raw(body).toByteArray();
    }

    @Test
    void rcReplyLaysOutHeaderAuthAndBodyAsDocumented() throws Exception {
        final Frame reply = Frame.reply(Header.of(0x2600, 0, 1008, 0), 8001,
                new byte[] {0, 0, 0, 0}, CREDENTIAL);

        final byte[] bytes = CODEC.encode(reply);

        final String hex = HexFormat.of().formatHex(bytes, 0, 28);
        final int messageLength = 16 + 4 + 4 + CREDENTIAL.length() + 1 + 4;
        assertThat(hex).isEqualTo(String.format("%08x", messageLength)
                + "2600" + "0000" + "1f41" + "00000004"
                + "0000" + "0000" + "0000" + "00000065"
                + String.format("%08x", CREDENTIAL.length() + 1));
        assertThat(bytes).hasSize(4 + messageLength);
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length))
                .containsExactly(0, 0, 0, 0);
        assertThat(CODEC.decodeFrame(bytes)).isEqualTo(reply);
    }

    @Test
    void replyToACapturedPingRebuildsTheCapturedReply() throws Exception {
        final List<CapturedFrame> ping = Captures.read("scontrol_ping.txt");
        final Frame request = CODEC.decodeFrame(ping.get(0).frame());
        final Frame captured = CODEC.decodeFrame(ping.get(1).frame());

        final byte[] reply = CODEC.encodeReply(request.header(), 8001, captured.body(),
                captured.auth().credential());

        assertThat(reply).isEqualTo(ping.get(1).frame());
    }

    @Test
    void replyKeepsTheRequestsVersionAndFlagsAndDropsEverythingElse() throws Exception {
        final Header request = new Header(0x2500, Header.SLURM_GLOBAL_AUTH_KEY, 6001, 10,
                new Forward(2, "n[2-3]", 20000, 2), List.of(),
                new OrigAddr.Inet((Inet4Address) InetAddress.getByName("10.0.0.7"), 6818));

        final Frame reply = Frame.reply(request, 8001, new byte[4], CREDENTIAL);

        assertThat(reply.header()).isEqualTo(new Header(0x2500, Header.SLURM_GLOBAL_AUTH_KEY,
                8001, 4, null, List.of(), OrigAddr.unspec()));
        assertThat(reply.auth()).isEqualTo(new AuthSection(101, CREDENTIAL));
    }

    @Test
    void olderVersionsCarryASpareU16AfterTheFlags() throws Exception {
        for (int version : new int[] {0x2500, 0x2400}) {
            final byte[] bytes = CODEC.encode(ping(version));

            assertThat(HexFormat.of().formatHex(bytes, 4, 4 + 18)).isEqualTo(
                    Integer.toHexString(version) + "0000" + "0000" + "03f0" + "00000000"
                            + "0000" + "0000" + "0000");
            assertThat(CODEC.decodeFrame(bytes)).isEqualTo(ping(version));
        }
    }

    @Test
    void spareFieldOfOlderVersionsIsIgnoredOnRead() throws Exception {
        final Packer header = new Packer().u16(0x2500).u16(0).u16(0x1234).u16(1008).u32(0)
                .u16(0).u16(0).u16(0);

        final Frame frame = CODEC.decode(message(header, CREDENTIAL, new byte[0]));

        assertThat(frame).isEqualTo(ping(0x2500));
    }

    @Test
    void versionsOutsideTwentyElevenToTwentyTwoFiveAreUnsupported() {
        for (int version : new int[] {0x2300, 0x2401, 0x2700, 0}) {
            final Packer header = new Packer().u16(version).u16(0).u16(1008).u32(0)
                    .u16(0).u16(0).u16(0);
            final byte[] bytes = message(header, CREDENTIAL, new byte[0]);

            assertThat(kindOf(() -> CODEC.decode(bytes))).isEqualTo(Kind.UNSUPPORTED);
        }
    }

    @Test
    void slurmdbdConnectionFormIsRefusedInBothSpellings() {
        final Packer typeFirst = new Packer().u16(1434).u16(0x2600)
                .u16(Header.SLURMDBD_CONNECTION).u16(1434).u32(0).u16(0).u16(0).u16(0);
        final Packer flagOnly = new Packer().u16(0x2600).u16(Header.SLURMDBD_CONNECTION)
                .u16(1008).u32(0).u16(0).u16(0).u16(0);

        assertThatThrownBy(() -> CODEC.decode(message(typeFirst, CREDENTIAL, new byte[0])))
                .isInstanceOf(DecodeException.class).hasMessageContaining("slurmdbd");
        assertThatThrownBy(() -> CODEC.decode(message(flagOnly, CREDENTIAL, new byte[0])))
                .isInstanceOf(DecodeException.class).hasMessageContaining("SLURMDBD");
        assertThatThrownBy(() -> CODEC.encode(new Frame(
                Header.of(0x2600, Header.SLURMDBD_CONNECTION, 1008, 0),
                AuthSection.munge(CREDENTIAL), new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bodyLengthMustEqualWhatFollowsTheAuthSection() {
        final Packer longer = new Packer().u16(0x2600).u16(0).u16(8001).u32(5)
                .u16(0).u16(0).u16(0);
        final Packer shorter = new Packer().u16(0x2600).u16(0).u16(8001).u32(3)
                .u16(0).u16(0).u16(0);
        final Packer hostile = new Packer().u16(0x2600).u16(0).u16(8001).u32(0xFFFFFFFF)
                .u16(0).u16(0).u16(0);

        assertThat(kindOf(() -> CODEC.decode(message(longer, CREDENTIAL, new byte[4]))))
                .isEqualTo(Kind.TRUNCATED);
        assertThat(kindOf(() -> CODEC.decode(message(shorter, CREDENTIAL, new byte[4]))))
                .isEqualTo(Kind.TRAILING);
        assertThat(kindOf(() -> CODEC.decode(message(hostile, CREDENTIAL, new byte[4]))))
                .isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void lengthPrefixMustEqualTheMessage() {
        final byte[] frame = CODEC.encode(ping(0x2600));
        final byte[] cut = Arrays.copyOf(frame, frame.length - 1);
        final byte[] extended = Arrays.copyOf(frame, frame.length + 1);

        assertThat(kindOf(() -> CODEC.decodeFrame(cut))).isEqualTo(Kind.TRUNCATED);
        assertThat(kindOf(() -> CODEC.decodeFrame(extended))).isEqualTo(Kind.TRAILING);
        assertThat(kindOf(() -> CODEC.decodeFrame(new byte[3]))).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void messageAboveTheCapIsRefusedFromItsPrefixAlone() {
        final FrameCodec small = new FrameCodec(100);
        final byte[] claimsMore = {0, 0, 0, 101};
        final byte[] claimsFourGiB = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

        assertThat(kindOf(() -> small.decodeFrame(claimsMore))).isEqualTo(Kind.OVERSIZE);
        assertThat(kindOf(() -> small.decodeFrame(claimsFourGiB))).isEqualTo(Kind.OVERSIZE);
        assertThat(kindOf(() -> small.decode(new byte[101]))).isEqualTo(Kind.OVERSIZE);
        assertThat(FrameCodec.DEFAULT_MAX_MESSAGE_BYTES).isEqualTo(64 * 1024 * 1024);
    }

    @Test
    void onlyMungeAuthenticationIsRead() {
        final Packer header = new Packer().u16(0x2600).u16(0).u16(1008).u32(0)
                .u16(0).u16(0).u16(0);
        final byte[] jwt = header.toByteArray();
        final byte[] withJwt = new Packer().raw(jwt).u32(102).str("token").str("root")
                .toByteArray();
        final byte[] noCredential = new Packer().raw(jwt).u32(101).str(null).toByteArray();
        final byte[] binaryCredential = new Packer().raw(jwt).u32(101).str("MUNGE:\u00e9:")
                .toByteArray();

        assertThat(kindOf(() -> CODEC.decode(withJwt))).isEqualTo(Kind.UNSUPPORTED);
        assertThat(kindOf(() -> CODEC.decode(noCredential))).isEqualTo(Kind.INVALID);
        assertThat(kindOf(() -> CODEC.decode(binaryCredential))).isEqualTo(Kind.INVALID);
    }

    @Test
    void ipv4OrigAddrIsByteSwappedOnTheWire() throws Exception {
        final OrigAddr addr = new OrigAddr.Inet(
                (Inet4Address) InetAddress.getByName("127.0.0.1"), 44632);
        final Frame frame = new Frame(new Header(0x2600, 0, 8001, 0, null, List.of(), addr),
                AuthSection.munge(CREDENTIAL), new byte[0]);

        final byte[] bytes = CODEC.encode(frame);

        assertThat(HexFormat.of().formatHex(bytes, 4 + 14, 4 + 14 + 8))
                .isEqualTo("0002" + "0100007f" + "58ae");
        assertThat(CODEC.decodeFrame(bytes)).isEqualTo(frame);
    }

    @Test
    void ipv6OrigAddrTravelsAsSixteenBytesWithASwappedPort() throws Exception {
        final byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffff7f000001");
        for (byte[] octets : new byte[][] {InetAddress.getByName("::1").getAddress(), mapped}) {
            final OrigAddr addr = new OrigAddr.Inet6(Inet6Address.getByAddress(null, octets, -1),
                    0x1234);
            final Frame frame = new Frame(new Header(0x2600, 0, 8001, 0, null, List.of(), addr),
                    AuthSection.munge(CREDENTIAL), new byte[0]);

            final byte[] bytes = CODEC.encode(frame);

            assertThat(HexFormat.of().formatHex(bytes, 4 + 14, 4 + 14 + 24))
                    .isEqualTo("000a" + "00000010" + HexFormat.of().formatHex(octets) + "3412");
            assertThat(CODEC.decodeFrame(bytes)).isEqualTo(frame);
        }
    }

    @Test
    void origAddrOfOtherFamiliesOrSizesIsInvalid() {
        final byte[] unknownFamily = message(new Packer().u16(0x2600).u16(0).u16(1008).u32(0)
                .u16(0).u16(0).u16(1), CREDENTIAL, new byte[0]);
        final byte[] shortIpv6 = message(new Packer().u16(0x2600).u16(0).u16(1008).u32(0)
                .u16(0).u16(0).u16(10).mem(new byte[4]).u16(0), CREDENTIAL, new byte[0]);

        assertThat(kindOf(() -> CODEC.decode(unknownFamily))).isEqualTo(Kind.INVALID);
        assertThat(kindOf(() -> CODEC.decode(shortIpv6))).isEqualTo(Kind.INVALID);
    }

    @Test
    void forwardingAndReturnedRepliesRoundTrip() throws Exception {
        final Header header = new Header(0x2600, 0, 8001, 4, new Forward(3, "n[2-4]", 20000, 2),
                List.of(new ReturnEntry(0, 8001, "n2", new SlurmRc(0)),
                        new ReturnEntry(1, 8001, null, new SlurmRc(4002))),
                OrigAddr.unspec());
        final Frame frame = new Frame(header, AuthSection.munge(CREDENTIAL), new byte[4]);

        final byte[] bytes = CODEC.encode(frame);

        assertThat(HexFormat.of().formatHex(bytes, 4 + 10, 4 + 10 + 19))
                .isEqualTo("0003" + "00000007" + HexFormat.of().formatHex("n[2-4]\0".getBytes())
                        + "00004e20" + "0002");
        assertThat(CODEC.decodeFrame(bytes)).isEqualTo(frame);
    }

    @Test
    void returnedReplyWithoutALayoutIsUnsupported() {
        final byte[] bytes = message(new Packer().u16(0x2600).u16(0).u16(8001).u32(0).u16(0)
                .u16(1).u32(0).u16(65000).str("n2").u16(0), CREDENTIAL, new byte[0]);

        assertThat(kindOf(() -> CODEC.decode(bytes))).isEqualTo(Kind.UNSUPPORTED);
    }

    @Test
    void returnedReplyCountBeyondTheBytesIsRefusedBeforeReading() {
        final byte[] bytes = message(new Packer().u16(0x2600).u16(0).u16(8001).u32(0).u16(0)
                .u16(0xFFFF).u16(0), CREDENTIAL, new byte[0]);

        assertThat(kindOf(() -> CODEC.decode(bytes))).isEqualTo(Kind.OVERSIZE);
    }

    @Test
    void forwardWithoutANodelistIsInvalid() {
        final byte[] bytes = message(new Packer().u16(0x2600).u16(0).u16(6001).u32(0).u16(2)
                .str(null).u32(0).u16(0).u16(0).u16(0), CREDENTIAL, new byte[0]);

        assertThat(kindOf(() -> CODEC.decode(bytes))).isEqualTo(Kind.INVALID);
    }

    @Test
    void frameRefusesABodyOfAnotherLengthThanItsHeaderSays() {
        assertThatThrownBy(() -> new Frame(Header.of(0x2600, 0, 8001, 4),
                AuthSection.munge(CREDENTIAL), new byte[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frameTextLeavesTheCredentialOut() {
        assertThat(ping(0x2600).toString()).doesNotContain(CREDENTIAL);
        assertThat(AuthSection.munge(CREDENTIAL).toString()).doesNotContain("MUNGE:");
    }
}
