package org.flurm.protocol.message.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/** The values the captured srun exchanges carry, as the step codecs read them. */
class CapturedStepFieldsTest {

    private static final String ONE_NODE = "srun_hostname.txt";
    private static final String FOUR_NODES = "srun_hostname_n4.txt";
    private static final String IN_BATCH = "batch_lifecycle_n4_treewidth2.txt";

    private static final StepId STEP_7_0 = new StepId(7, 0, Sentinels.NO_VAL);
    private static final StepId STEP_8_0 = new StepId(8, 0, Sentinels.NO_VAL);

    private static List<MessageBody> decoded(String file, int msgType) throws DecodeException {
        final List<MessageBody> bodies = new java.util.ArrayList<>();
        for (CapturedFrame frame : Captures.read(file)) {
            if (frame.msgType() == msgType) {
                bodies.add(MessageCodecs.decode(msgType, frame.body(), frame.version()));
            }
        }
        return bodies;
    }

    private static MessageBody only(String file, int msgType) throws DecodeException {
        final List<MessageBody> bodies = decoded(file, msgType);
        assertThat(bodies).hasSize(1);
        return bodies.get(0);
    }

    @Test
    void allocationForOneNodeNamesJobSevenOnN1() throws DecodeException {
        final var alloc = (ResourceAllocation) only(ONE_NODE, 4002);

        assertThat(alloc.jobId()).isEqualTo(7);
        assertThat(alloc.errorCode()).isZero();
        assertThat(alloc.nodeCnt()).isEqualTo(1);
        assertThat(alloc.nodeList()).isEqualTo("n1");
        assertThat(alloc.batchHost()).isEqualTo("n1");
        assertThat(alloc.nodeAddrs()).isNull();
        assertThat(alloc.cpusPerNode()).containsExactly(1);
        assertThat(alloc.cpuCountReps()).containsExactly(1);
        assertThat(alloc.partition()).isEqualTo("debug");
        assertThat(alloc.ntasksPerCore()).isEqualTo(Sentinels.INFINITE16);
        assertThat(alloc.selectJobinfo()).isEqualTo(SelectJobInfo.OF_CONS_TRES);
    }

    @Test
    void allocationForFourNodesHasOneCpuOnEachOfN1ToN4() throws DecodeException {
        final var alloc = (ResourceAllocation) only(FOUR_NODES, 4002);

        assertThat(alloc.jobId()).isEqualTo(8);
        assertThat(alloc.nodeCnt()).isEqualTo(4);
        assertThat(alloc.nodeList()).isEqualTo("n[1-4]");
        assertThat(alloc.cpusPerNode()).containsExactly(1);
        assertThat(alloc.cpuCountReps()).containsExactly(4);
    }

    @Test
    void srunInsideBatchJobAsksForItsAllocationAndGetsOneComponent() throws DecodeException {
        final var request = (JobAllocInfoRequest) only(IN_BATCH, 4027);
        final var reply = (HetJobAllocation) only(IN_BATCH, 4026);

        assertThat(request).isEqualTo(new JobAllocInfoRequest(2, "ref"));
        assertThat(reply.components()).hasSize(1);
        assertThat(reply.components().get(0).jobId()).isEqualTo(2);
        assertThat(reply.components().get(0).nodeList()).isEqualTo("n[1-4]");
    }

    @Test
    void stepCreateRequestAsksForTheNextStepOfHostname() throws DecodeException {
        final var request = (JobStepCreateRequest) only(ONE_NODE, 5001);

        assertThat(request.stepId()).isEqualTo(new StepId(7, Sentinels.NO_VAL, Sentinels.NO_VAL));
        assertThat(request.minNodes()).isEqualTo(1);
        assertThat(request.maxNodes()).isEqualTo(1);
        assertThat(request.numTasks()).isEqualTo(1);
        assertThat(request.cpuCount()).isEqualTo(1);
        assertThat(request.nodeList()).isEqualTo("n1");
        assertThat(request.name()).isEqualTo("hostname");
        assertThat(request.host()).isEqualTo("vm");
        assertThat(request.port()).isEqualTo(60063);
        assertThat(request.submitLine()).isEqualTo("srun -w n1 -N1 hostname");
        assertThat(request.tresPerStep()).isEqualTo("cpu:1");
    }

    @Test
    void stepCreateReplyLaysOneTaskOnN1WithASignedCredential() throws DecodeException {
        final var reply = (JobStepCreateResponse) only(ONE_NODE, 5002);

        assertThat(reply.jobStepId()).isZero();
        assertThat(reply.stepLayout().nodeList()).isEqualTo("n1");
        assertThat(reply.stepLayout().taskCnt()).isEqualTo(1);
        assertThat(reply.stepLayout().taskIds()).hasSize(1);
        assertThat(reply.stepLayout().taskIds().get(0)).containsExactly(0);
        assertThat(reply.cred().stepId()).isEqualTo(STEP_7_0);
        assertThat(reply.cred().stepHostlist()).isEqualTo("n1");
        assertThat(new String(reply.cred().signature(), java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("MUNGE:");
        assertThat(reply.switchJob()).isEqualTo(SwitchJobInfo.OF_NONE);
        assertThat(reply.useProtocolVer()).isEqualTo(ProtocolVersion.SLURM_22_05);
    }

    @Test
    void stepCreateReplyForFourNodesPlacesTaskIOnNodeI() throws DecodeException {
        final var reply = (JobStepCreateResponse) only(FOUR_NODES, 5002);

        assertThat(reply.stepLayout().nodeList()).isEqualTo("n[1-4]");
        assertThat(reply.stepLayout().taskCnt()).isEqualTo(4);
        for (int node = 0; node < 4; node++) {
            assertThat(reply.stepLayout().taskIds().get(node)).containsExactly(node);
        }
        assertThat(reply.cred().jobNhosts()).isEqualTo(4);
    }

    @Test
    void launchRequestRunsHostnameWithTheStepCredentialAndSrunPorts() throws DecodeException {
        final var launch = (LaunchTasksRequest) only(ONE_NODE, 6001);
        final var created = (JobStepCreateResponse) only(ONE_NODE, 5002);

        assertThat(launch.stepId()).isEqualTo(STEP_7_0);
        assertThat(launch.argv()).containsExactly("hostname");
        assertThat(launch.ntasks()).isEqualTo(1);
        assertThat(launch.globalTaskIds()).hasSize(1);
        assertThat(launch.globalTaskIds().get(0)).containsExactly(0);
        assertThat(launch.cwd()).isEqualTo("/tmp");
        assertThat(launch.respPorts()).containsExactly(60064);
        assertThat(launch.ioPorts()).containsExactly(60065);
        assertThat(launch.origAddr()).isEqualTo(OrigAddr.unspec());
        assertThat(launch.env()).contains("SLURM_JOB_ID=7", "SLURM_NODELIST=n1",
                "SLURM_SRUN_COMM_PORT=60064");
        assertThat(launch.hetJobTids()).isNull();
        assertThat(launch.options()).isEmpty();
        assertThat(launch.completeNodelist()).isEqualTo("n1");
        assertThat(launch.credVersion()).isEqualTo(ProtocolVersion.SLURM_22_05);
        assertThat(launch.cred().signature()).isEqualTo(created.cred().signature());
    }

    @Test
    void eachNodeOfAFourNodeStepGetsTheWholeTaskMap() throws DecodeException {
        final List<MessageBody> launches = decoded(FOUR_NODES, 6001);

        assertThat(launches).hasSize(4);
        for (MessageBody body : launches) {
            final var launch = (LaunchTasksRequest) body;
            assertThat(launch.stepId()).isEqualTo(STEP_8_0);
            assertThat(launch.ntasks()).isEqualTo(4);
            assertThat(launch.globalTaskIds()).hasSize(4);
            assertThat(launch.globalTaskIds().get(3)).containsExactly(3);
            assertThat(launch.argv()).containsExactly("hostname");
        }
    }

    @Test
    void launchReplyReportsOnePidForTaskZeroOnN1() throws DecodeException {
        final var reply = (LaunchTasksResponse) only(ONE_NODE, 6002);

        assertThat(reply.stepId()).isEqualTo(STEP_7_0);
        assertThat(reply.returnCode()).isZero();
        assertThat(reply.nodeName()).isEqualTo("n1");
        assertThat(reply.localPids()).hasSize(1);
        assertThat(reply.taskIds()).containsExactly(0);
    }

    @Test
    void taskExitReportsExitCodeZeroForTaskZero() throws DecodeException {
        final var exit = (TaskExit) only(ONE_NODE, 6003);

        assertThat(exit.returnCode()).isZero();
        assertThat(exit.taskIds()).containsExactly(0);
        assertThat(exit.stepId()).isEqualTo(STEP_7_0);
    }

    @Test
    void stepCompletionsOfFourNodesCoverEachNodeIndexOnceWithoutAccounting()
            throws DecodeException {
        final List<MessageBody> completions = decoded(FOUR_NODES, 5016);

        assertThat(completions).extracting(b -> ((StepComplete) b).rangeFirst())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        for (MessageBody body : completions) {
            final var complete = (StepComplete) body;
            assertThat(complete.stepId()).isEqualTo(STEP_8_0);
            assertThat(complete.rangeLast()).isEqualTo(complete.rangeFirst());
            assertThat(complete.stepRc()).isZero();
            assertThat(complete.jobacct()).isNull();
        }
    }

    @Test
    void jobCompleteToSrunNamesTheWholeJob() throws DecodeException {
        final var complete = (StepIdMessage) only(ONE_NODE, 7004);

        assertThat(complete.stepId()).isEqualTo(StepId.wholeJob(7));
    }
}
