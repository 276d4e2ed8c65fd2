package org.flurm.protocol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.junit.jupiter.api.Test;

/** The task I/O reader trusts no length it has not bounded and refuses what it cannot read. */
class TaskIoBoundsTest {

    private static TaskIoReader reader(byte[] bytes) {
        return new TaskIoReader(new ByteArrayInputStream(bytes));
    }

    private static DecodeException.Kind kindOf(ThrowingRead read) {
        try {
            read.run();
        } catch (DecodeException e) {
            return e.kind();
        } catch (Exception e) {
            throw new AssertionError("expected a DecodeException", e);
        }
        throw new AssertionError("expected a DecodeException, nothing was thrown");
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void dataLongerThanSlurmsMessageLimitIsRefusedBeforeItIsRead() {
        final byte[] header = new Packer().u16(IoMessage.STDOUT).u16(0).u16(0)
                .u32(TaskIoReader.MAX_DATA_BYTES + 1).toByteArray();

        assertThat(kindOf(() -> reader(header).read())).isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void initMessageLengthBeyondTheCapIsRefused() {
        final byte[] prefix = new Packer().u32(TaskIoReader.MAX_INIT_BYTES + 1).toByteArray();

        assertThat(kindOf(() -> reader(prefix).readInit()))
                .isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void legacyInitMessageVersionIsUnsupported() {
        final byte[] init = new Packer().u32(2).u16(0xb001).toByteArray();

        assertThat(kindOf(() -> reader(init).readInit()))
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void connectionClosedInsideAHeaderIsTruncated() {
        final byte[] partial = {0, 1, 0, 0};

        assertThat(kindOf(() -> reader(partial).read()))
                .isEqualTo(DecodeException.Kind.TRUNCATED);
    }

    @Test
    void connectionClosedInsideTheDataIsTruncated() {
        final byte[] partial = new Packer().u16(IoMessage.STDERR).u16(1).u16(0).u32(5)
                .raw(new byte[] {'a', 'b'}).toByteArray();

        assertThat(kindOf(() -> reader(partial).read()))
                .isEqualTo(DecodeException.Kind.TRUNCATED);
    }

    @Test
    void unknownMessageTypeIsInvalid() {
        final byte[] header = new Packer().u16(5).u16(0).u16(0).u32(0).toByteArray();

        assertThat(kindOf(() -> reader(header).read())).isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void closedConnectionBetweenMessagesEndsTheStream() throws Exception {
        assertThat(reader(new byte[0]).read()).isNull();
    }

    @Test
    void initMessageWithTrailingBytesIsRefused() {
        final byte[] init = new Packer().u32(19).u16(0x2600).u32(1).u32(2).u32(3)
                .u32(0).u8(9).toByteArray();

        assertThat(kindOf(() -> reader(init).readInit()))
                .isEqualTo(DecodeException.Kind.TRAILING);
    }

    @Test
    void stdinForOneTaskAndItsEndRoundTrip() throws Exception {
        final IoMessage chunk = new IoMessage(IoMessage.STDIN, 7, 2, new byte[] {'x', '\n'});
        final IoMessage end = IoMessage.eof(IoMessage.STDIN, 7, 2);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final TaskIoWriter writer = new TaskIoWriter(out);
        writer.writeInit(new IoInitMessage(0x2600, 3, 4, 5, new byte[] {1, 2, 3}));
        writer.write(chunk);
        writer.write(end);

        final TaskIoReader reader = reader(out.toByteArray());
        final IoInitMessage init = reader.readInit();

        assertThat(init).usingRecursiveComparison()
                .isEqualTo(new IoInitMessage(0x2600, 3, 4, 5, new byte[] {1, 2, 3}));
        assertThat(reader.read()).usingRecursiveComparison().isEqualTo(chunk);
        assertThat(reader.read()).usingRecursiveComparison().isEqualTo(end);
        assertThat(reader.read()).isNull();
    }

    @Test
    void writerRefusesDataLongerThanTheReaderAccepts() {
        final IoMessage big = new IoMessage(IoMessage.STDIN, 0, 0,
                new byte[TaskIoReader.MAX_DATA_BYTES + 1]);

        assertThatThrownBy(() -> new TaskIoWriter(new ByteArrayOutputStream()).write(big))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
