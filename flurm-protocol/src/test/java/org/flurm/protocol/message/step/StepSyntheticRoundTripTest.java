package org.flurm.protocol.message.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.SignalTasks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Step messages with every field set survive encoding and decoding unchanged. */
class StepSyntheticRoundTripTest {

    private static final StepId STEP = StepFixtures.STEP;

    static List<Arguments> bodies() {
        return List.of(
                Arguments.of(MessageType.REQUEST_JOB_STEP_INFO,
                        new JobStepInfoRequest(1796314661L, STEP, 0x12)),
                Arguments.of(MessageType.RESPONSE_JOB_STEP_INFO, new JobStepInfoResponse(
                        1796314662L, List.of(StepFixtures.stepInfo(0), StepFixtures.stepInfo(1)))),
                Arguments.of(MessageType.RESPONSE_RESOURCE_ALLOCATION,
                        StepFixtures.allocation(41)),
                Arguments.of(MessageType.RESPONSE_JOB_ALLOCATION_INFO,
                        StepFixtures.allocation(42)),
                Arguments.of(MessageType.REQUEST_JOB_ALLOCATION_INFO,
                        new JobAllocInfoRequest(41, "ref")),
                Arguments.of(MessageType.REQUEST_JOB_END_TIME,
                        new JobAllocInfoRequest(41, "other")),
                Arguments.of(MessageType.REQUEST_HET_JOB_ALLOC_INFO,
                        new JobAllocInfoRequest(43, "ref")),
                Arguments.of(MessageType.RESPONSE_HET_JOB_ALLOCATION, new HetJobAllocation(
                        List.of(StepFixtures.allocation(41), StepFixtures.allocation(42)))),
                Arguments.of(MessageType.REQUEST_JOB_STEP_CREATE,
                        StepFixtures.stepCreateRequest()),
                Arguments.of(MessageType.RESPONSE_JOB_STEP_CREATE,
                        StepFixtures.stepCreateResponse()),
                Arguments.of(MessageType.REQUEST_LAUNCH_TASKS, StepFixtures.launch()),
                Arguments.of(MessageType.RESPONSE_LAUNCH_TASKS, new LaunchTasksResponse(STEP,
                        4001, "n2", new int[] {3100, 3101}, new int[] {4, 5})),
                Arguments.of(MessageType.MESSAGE_TASK_EXIT,
                        new TaskExit(0x300, new int[] {4, 5}, STEP)),
                Arguments.of(MessageType.REQUEST_STEP_COMPLETE,
                        new StepComplete(STEP, 1, 3, 2, StepFixtures.accounting())),
                Arguments.of(MessageType.REQUEST_SIGNAL_TASKS, new SignalTasks(STEP, 4, 10)),
                Arguments.of(MessageType.REQUEST_TERMINATE_TASKS, new SignalTasks(STEP, 1, 9)),
                Arguments.of(MessageType.REQUEST_STEP_LAYOUT, new StepIdMessage(STEP)),
                Arguments.of(MessageType.RESPONSE_STEP_LAYOUT,
                        new StepLayoutResponse(StepFixtures.layout())),
                Arguments.of(MessageType.RESPONSE_STEP_LAYOUT, new StepLayoutResponse(null)),
                Arguments.of(MessageType.REQUEST_JOB_STEP_STAT, new StepIdMessage(STEP)),
                Arguments.of(MessageType.REQUEST_JOB_STEP_PIDS, new StepIdMessage(STEP)),
                Arguments.of(MessageType.SRUN_TIMEOUT, new SrunTimeout(STEP, 1796314661L)),
                Arguments.of(MessageType.SRUN_NODE_FAIL, new SrunNodeFail(STEP, "n[2-3]")),
                Arguments.of(MessageType.SRUN_JOB_COMPLETE, new StepIdMessage(STEP)),
                Arguments.of(MessageType.SRUN_USER_MSG,
                        new SrunUserMessage(41, "job 41 will be preempted")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void everyFieldSurvivesARoundTrip(MessageType type, MessageBody body) throws Exception {
        final byte[] encoded = MessageCodecs.encode(type.id(), body, ProtocolVersion.SLURM_22_05);

        final MessageBody decoded =
                MessageCodecs.decode(type.id(), encoded, ProtocolVersion.SLURM_22_05);

        assertThat(decoded).usingRecursiveComparison().isEqualTo(body);
        assertThat(MessageCodecs.encode(type.id(), decoded, ProtocolVersion.SLURM_22_05))
                .isEqualTo(encoded);
    }
}
