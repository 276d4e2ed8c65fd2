package org.flurm.protocol.message.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.junit.jupiter.api.Test;

/** Step bodies that do not follow their layout are refused with the cause, never misread. */
class StepDecodeRejectionTest {

    private static final int V22_05 = ProtocolVersion.SLURM_22_05;

    private static DecodeException.Kind decodeKind(MessageType type, byte[] body) {
        try {
            MessageCodecs.decode(type.id(), body, V22_05);
        } catch (DecodeException e) {
            return e.kind();
        }
        throw new AssertionError("decoded without complaint");
    }

    @Test
    void allocationFromAnotherFederationClusterIsUnsupported() {
        final byte[] body = MessageCodecs.encode(MessageType.RESPONSE_RESOURCE_ALLOCATION.id(),
                StepFixtures.allocation(41), V22_05);
        body[body.length - 1] = 1;

        assertThat(decodeKind(MessageType.RESPONSE_RESOURCE_ALLOCATION, body))
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void stepReplyWithAnotherSwitchPluginIsUnsupported() {
        final byte[] body = MessageCodecs.encode(MessageType.RESPONSE_JOB_STEP_CREATE.id(),
                StepFixtures.stepCreateResponse(), V22_05);
        // the switch plugin id sits just before the trailing u16 use_protocol_ver
        body[body.length - 3] = 104;

        assertThat(decodeKind(MessageType.RESPONSE_JOB_STEP_CREATE, body))
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void everyTruncationOfALaunchRequestIsRefused() {
        final byte[] body = MessageCodecs.encode(MessageType.REQUEST_LAUNCH_TASKS.id(),
                StepFixtures.launch(), V22_05);

        for (int length = 0; length < body.length; length++) {
            final byte[] cut = Arrays.copyOf(body, length);
            assertThatThrownBy(() -> MessageCodecs.decode(6001, cut, V22_05))
                    .isInstanceOf(DecodeException.class);
        }
    }

    @Test
    void taskExitWhoseCountDisagreesWithItsArrayIsInvalid() {
        final byte[] body = new Packer().u32(0).u32(2).u32Array(new int[] {0})
                .u32(7).u32(0).u32(0).toByteArray();

        assertThat(decodeKind(MessageType.MESSAGE_TASK_EXIT, body))
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void hetAllocationCountBeyondTheBodyIsOversize() {
        final byte[] body = new Packer().u16(500).toByteArray();

        assertThat(decodeKind(MessageType.RESPONSE_HET_JOB_ALLOCATION, body))
                .isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    @Test
    void launchRequestOfAnOlderReleaseIsUnsupported() {
        final byte[] body = MessageCodecs.encode(MessageType.REQUEST_LAUNCH_TASKS.id(),
                StepFixtures.launch(), V22_05);

        assertThatThrownBy(() -> MessageCodecs.decode(6001, body, ProtocolVersion.SLURM_21_08))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }
}
