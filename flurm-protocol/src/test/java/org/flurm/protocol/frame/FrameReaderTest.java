package org.flurm.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/** Reading one length-prefixed message from a blocking stream. */
class FrameReaderTest {

    /** Counts the bytes a reader took from the stream. */
    static final class CountingStream extends FilterInputStream {
        long consumed;

        CountingStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            final int b = super.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            final int n = super.read(buffer, offset, length);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }
    }

    @Test
    void readsOneCapturedFrameAndLeavesWhatFollows() throws Exception {
        final CapturedFrame captured = Captures.read("scontrol_ping.txt").get(0);
        final byte[] twice = new byte[captured.frame().length * 2];
        System.arraycopy(captured.frame(), 0, twice, 0, captured.frame().length);
        System.arraycopy(captured.frame(), 0, twice, captured.frame().length,
                captured.frame().length);
        final InputStream in = new ByteArrayInputStream(twice);
        final FrameReader reader = new FrameReader(new FrameCodec());

        final Frame first = reader.readFrame(in);

        assertThat(first.header().msgType()).isEqualTo(1008);
        assertThat(in.available()).isEqualTo(captured.frame().length);
        assertThat(reader.readMessage(in)).isEqualTo(captured.message());
    }

    @Test
    void prefixAboveTheCapIsRefusedAfterReadingOnlyThePrefix() {
        final byte[] frame = Captures.read("scontrol_ping.txt").get(0).frame();
        final CountingStream in = new CountingStream(frame);
        final FrameReader reader = new FrameReader(new FrameCodec(frame.length - 5));

        assertThatThrownBy(() -> reader.readMessage(in))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.kind()).isEqualTo(DecodeException.Kind.OVERSIZE));
        assertThat(in.consumed).isEqualTo(4);
    }

    @Test
    void streamEndingEarlyIsAnEndOfFile() {
        final byte[] frame = Captures.read("scontrol_ping.txt").get(0).frame();
        final FrameReader reader = new FrameReader(new FrameCodec());

        assertThatThrownBy(() -> reader.readMessage(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(EOFException.class).hasMessageContaining("before a message");
        assertThatThrownBy(() -> reader.readMessage(new ByteArrayInputStream(new byte[2])))
                .isInstanceOf(EOFException.class).hasMessageContaining("prefix");
        assertThatThrownBy(() -> reader.readMessage(
                new ByteArrayInputStream(Arrays.copyOf(frame, frame.length - 1))))
                .isInstanceOf(EOFException.class)
                .hasMessageContaining((frame.length - 5) + " of " + (frame.length - 4));
    }
}
