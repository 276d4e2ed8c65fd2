package org.flurm.protocol.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.step.JobStepCreateResponse;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.flurm.protocol.testing.Captures.TaskIoStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The captured srun task I/O streams read to their last byte and write back identically. */
class CapturedTaskIoTest {

    private static final String ONE_NODE = "srun_hostname.txt";
    private static final String FOUR_NODES = "srun_hostname_n4.txt";

    static Stream<TaskIoStream> stepdStreams() {
        return Stream.of(ONE_NODE, FOUR_NODES, "srun_hostname_n4_treewidth2.txt",
                "batch_lifecycle_n4_treewidth2.txt")
                .flatMap(file -> Captures.taskIo(file).stream())
                .filter(TaskIoStream::fromClient);
    }

    static Stream<TaskIoStream> srunStreams() {
        return Stream.of(ONE_NODE, FOUR_NODES, "srun_hostname_n4_treewidth2.txt",
                "batch_lifecycle_n4_treewidth2.txt")
                .flatMap(file -> Captures.taskIo(file).stream())
                .filter(stream -> !stream.fromClient());
    }

    /** Reads messages until the stream ends; the reader must then have consumed every byte. */
    private static List<IoMessage> readAll(TaskIoReader reader) throws Exception {
        final List<IoMessage> messages = new ArrayList<>();
        for (IoMessage message = reader.read(); message != null; message = reader.read()) {
            messages.add(message);
        }
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepdStreams")
    void stepdStreamReadsAndWritesBackByteForByte(TaskIoStream stream) throws Exception {
        final TaskIoReader reader = new TaskIoReader(new ByteArrayInputStream(stream.bytes()));

        final IoInitMessage init = reader.readInit();
        final List<IoMessage> messages = readAll(reader);

        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final TaskIoWriter writer = new TaskIoWriter(written);
        writer.writeInit(init);
        for (IoMessage message : messages) {
            writer.write(message);
        }
        assertThat(written.toByteArray()).isEqualTo(stream.bytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("srunStreams")
    void srunSendsOnlyTheEndOfStdinForAllTasks(TaskIoStream stream) throws Exception {
        final List<IoMessage> messages =
                readAll(new TaskIoReader(new ByteArrayInputStream(stream.bytes())));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).type()).isEqualTo(IoMessage.ALLSTDIN);
        assertThat(messages.get(0).globalTaskId()).isEqualTo(IoMessage.ALL_TASKS);
        assertThat(messages.get(0).localTaskId()).isEqualTo(IoMessage.ALL_TASKS);
        assertThat(messages.get(0).isEof()).isTrue();
    }

    @Test
    void oneNodeStreamCarriesHostnameOutputThenBothEndsOfStream() throws Exception {
        final List<TaskIoStream> streams = Captures.taskIo(ONE_NODE);
        assertThat(streams).hasSize(1);
        final TaskIoReader reader =
                new TaskIoReader(new ByteArrayInputStream(streams.get(0).bytes()));

        final IoInitMessage init = reader.readInit();
        final List<IoMessage> messages = readAll(reader);

        assertThat(init.version()).isEqualTo(ProtocolVersion.SLURM_22_05);
        assertThat(init.nodeId()).isZero();
        assertThat(init.stdoutObjects()).isEqualTo(1);
        assertThat(init.stderrObjects()).isEqualTo(1);
        assertThat(messages).extracting(IoMessage::type)
                .containsExactly(IoMessage.STDOUT, IoMessage.STDOUT, IoMessage.STDERR);
        assertThat(new String(messages.get(0).data(), StandardCharsets.UTF_8)).isEqualTo("vm\n");
        assertThat(messages.get(0).globalTaskId()).isZero();
        assertThat(messages.get(1).isEof()).isTrue();
        assertThat(messages.get(2).isEof()).isTrue();
    }

    @Test
    void ioKeyIsTheSignatureOfTheStepCredential() throws Exception {
        final CapturedFrame created = Captures.read(ONE_NODE).stream()
                .filter(f -> f.msgType() == 5002).findFirst().orElseThrow();
        final var step = (JobStepCreateResponse) MessageCodecs.decode(5002, created.body(),
                created.version());

        final IoInitMessage init = new TaskIoReader(
                new ByteArrayInputStream(Captures.taskIo(ONE_NODE).get(0).bytes())).readInit();

        assertThat(init.ioKey()).isEqualTo(step.cred().signature());
    }

    @Test
    void fourNodeStepsSendOneStreamPerNodeWithTheirOwnNodeIds() throws Exception {
        final List<Integer> nodeIds = new ArrayList<>();
        for (TaskIoStream stream : Captures.taskIo(FOUR_NODES)) {
            if (stream.fromClient()) {
                nodeIds.add(new TaskIoReader(new ByteArrayInputStream(stream.bytes()))
                        .readInit().nodeId());
            }
        }

        assertThat(nodeIds).containsExactlyInAnyOrder(0, 1, 2, 3);
    }
}
