package org.flurm.protocol.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.flurm.protocol.testing.Captures;
import org.junit.jupiter.api.Test;

class PackRoundTripTest {

    @Test
    void emptyStringCarriesItsNulAndNullStringIsLengthZero() throws Exception {
        final byte[] bytes = new Packer().str("").str(null).toByteArray();

        assertThat(bytes).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0);
        final Unpacker in = new Unpacker(bytes);
        assertThat(in.str()).isEmpty();
        assertThat(in.str()).isNull();
        in.expectEnd("strings");
    }

    @Test
    void unsignedFieldsKeepTheirSentinels() throws Exception {
        final byte[] bytes = new Packer().u16(Sentinels.NO_VAL16).u32(Sentinels.NO_VAL)
                .u64(Sentinels.INFINITE64).u8(Sentinels.NO_VAL8).toByteArray();

        final Unpacker in = new Unpacker(bytes);
        assertThat(in.u16()).isEqualTo(0xFFFE);
        assertThat(in.u32()).isEqualTo(Sentinels.NO_VAL);
        assertThat(in.u64()).isEqualTo(-1L);
        assertThat(in.u8()).isEqualTo(0xFE);
    }

    @Test
    void bitmapTextPutsBitZeroInTheLastDigit() throws Exception {
        assertThat(Bitmap.of(2, 0).toHex()).isEqualTo("0x1");
        assertThat(Bitmap.of(2, 1).toHex()).isEqualTo("0x2");
        assertThat(Bitmap.of(9, 0, 8).toHex()).isEqualTo("0x101");
        assertThat(Bitmap.fromHex(9, "0x101")).isEqualTo(Bitmap.of(9, 0, 8));
    }

    @Test
    void bitmapClaimingTwoBillionBitsWithShortTextIsRefusedCheaply() {
        final byte[] bytes = new Packer().u32(0x7FFFFFFF).str("0x1").toByteArray();
        final var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> new Unpacker(bytes).bits())
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);

        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).isLessThan(1024 * 1024);
    }

    @Test
    void bitmapTextMustHaveOneDigitPerFourBits() {
        final byte[] shortText = new Packer().u32(9).str("0x1").toByteArray();

        assertThatThrownBy(() -> new Unpacker(shortText).bits())
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void doublesTravelTimesOneMillion() throws Exception {
        final byte[] bytes = new Packer().dbl(1.0).toByteArray();

        assertThat(new Unpacker(bytes).u64()).isEqualTo(Double.doubleToLongBits(1_000_000.0));
        assertThat(new Unpacker(bytes).dbl()).isEqualTo(1.0);
    }

    @Test
    void hostileCountIsRefusedBeforeAllocation() {
        final byte[] bytes = new Packer().u32(0x7FFFFFFF).toByteArray();

        assertThatThrownBy(() -> new Unpacker(bytes).strArray())
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void stringWithoutNulIsRefused() {
        final byte[] bytes = {0, 0, 0, 2, 'a', 'b'};

        assertThatThrownBy(() -> new Unpacker(bytes).str())
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void capturedPingIsReadFromTheHexDump() {
        final List<Captures.CapturedFrame> frames = Captures.read("scontrol_ping.txt");

        assertThat(frames).extracting(Captures.CapturedFrame::msgType).containsExactly(1008, 8001);
        assertThat(frames.get(0).frame()).hasSize(216);
        assertThat(frames.get(1).fromClient()).isFalse();
    }
}
