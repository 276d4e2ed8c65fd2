package org.flurm.protocol.message;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.flurm.protocol.message.common.EmptyBodyCodec;
import org.flurm.protocol.message.common.ShutdownCodec;
import org.flurm.protocol.message.common.SlurmRcCodec;
import org.flurm.protocol.message.common.SlurmRcMsgCodec;
import org.flurm.protocol.message.common.StatsInfoRequestCodec;
import org.flurm.protocol.message.config.BuildInfoCodec;
import org.flurm.protocol.message.config.BuildInfoRequestCodec;
import org.flurm.protocol.message.config.FederationInfoCodec;
import org.flurm.protocol.message.info.InfoRequestCodecs;
import org.flurm.protocol.message.info.JobIdRequestCodec;
import org.flurm.protocol.message.info.JobInfoCodec;
import org.flurm.protocol.message.info.JobInfoRequestCodec;
import org.flurm.protocol.message.info.NodeInfoCodec;
import org.flurm.protocol.message.info.PartitionInfoCodec;
import org.flurm.protocol.message.info.UpdateNodeCodec;
import org.flurm.protocol.message.job.CompleteJobAllocationCodec;
import org.flurm.protocol.message.job.HetJobSubmissionCodec;
import org.flurm.protocol.message.job.JobArrayErrorsCodec;
import org.flurm.protocol.message.job.JobDescriptorCodec;
import org.flurm.protocol.message.job.JobReadyResponseCodec;
import org.flurm.protocol.message.job.JobRequeueRequestCodec;
import org.flurm.protocol.message.job.JobStepKillRequestCodec;
import org.flurm.protocol.message.job.SubmitBatchJobResponseCodec;
import org.flurm.protocol.message.slurmd.BatchJobLaunchCodec;
import org.flurm.protocol.message.slurmd.CompleteBatchScriptCodec;
import org.flurm.protocol.message.slurmd.EpilogCompleteCodec;
import org.flurm.protocol.message.slurmd.KillJobCodec;
import org.flurm.protocol.message.slurmd.NodeRegistrationResponseCodec;
import org.flurm.protocol.message.slurmd.NodeRegistrationStatusCodec;
import org.flurm.protocol.message.slurmd.PingSlurmdResponseCodec;
import org.flurm.protocol.message.step.HetJobAllocationCodec;
import org.flurm.protocol.message.step.JobAllocInfoRequestCodec;
import org.flurm.protocol.message.step.JobStepInfoCodecs;
import org.flurm.protocol.message.stats.StatsInfoResponseCodec;
import org.flurm.protocol.message.step.JobStepCreateRequestCodec;
import org.flurm.protocol.message.step.JobStepCreateResponseCodec;
import org.flurm.protocol.message.step.LaunchTasksRequestCodec;
import org.flurm.protocol.message.step.LaunchTasksResponseCodec;
import org.flurm.protocol.message.step.ResourceAllocationCodec;
import org.flurm.protocol.message.step.StepCompleteCodec;
import org.flurm.protocol.message.step.StepMessageCodecs;
import org.flurm.protocol.message.step.TaskExitCodec;
import org.flurm.protocol.message.slurmd.SignalTasksCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Which {@link BodyCodec} reads and writes the body of each message type.
 *
 * <p>Message types without an entry have no layout in FLURM yet; a server answers them with
 * SLURM's "not supported" error rather than guessing.
 */
public final class MessageCodecs {

    private static final Map<Integer, BodyCodec<?>> CODECS = new HashMap<>();

    static {
        // message.common: return codes, shutdown, sdiag's request, and the types 22.05's
        // pack_msg writes no body for
        register(MessageType.REQUEST_NODE_REGISTRATION_STATUS, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_RECONFIGURE, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_SHUTDOWN, new ShutdownCodec());
        register(MessageType.REQUEST_PING, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_CONTROL, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_HEALTH_CHECK, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_TAKEOVER, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_ACCT_GATHER_UPDATE, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_TOPO_INFO, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_STATS_INFO, new StatsInfoRequestCodec());
        register(MessageType.RESPONSE_STATS_INFO, new StatsInfoResponseCodec());
        register(MessageType.REQUEST_BURST_BUFFER_INFO, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_FED_INFO, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_CONTROL_STATUS, EmptyBodyCodec.INSTANCE);
        register(MessageType.REQUEST_DAEMON_STATUS, EmptyBodyCodec.INSTANCE);
        register(MessageType.SRUN_PING, EmptyBodyCodec.INSTANCE);
        register(MessageType.RESPONSE_SLURM_RC, new SlurmRcCodec());
        register(MessageType.RESPONSE_SLURM_RC_MSG, new SlurmRcMsgCodec());
        register(MessageType.RESPONSE_FORWARD_FAILED, EmptyBodyCodec.INSTANCE);
        register(MessageType.ACCOUNTING_FIRST_REG, EmptyBodyCodec.INSTANCE);
        register(MessageType.ACCOUNTING_REGISTER_CTLD, EmptyBodyCodec.INSTANCE);

        // message.config: configuration and federation
        register(MessageType.REQUEST_BUILD_INFO, new BuildInfoRequestCodec());
        register(MessageType.RESPONSE_BUILD_INFO, new BuildInfoCodec());
        register(MessageType.RESPONSE_FED_INFO, new FederationInfoCodec());

        // message.info: job, node and partition info; node updates
        register(MessageType.REQUEST_JOB_INFO, new JobInfoRequestCodec());
        register(MessageType.RESPONSE_JOB_INFO, new JobInfoCodec());
        register(MessageType.REQUEST_NODE_INFO, InfoRequestCodecs.NODE_INFO);
        register(MessageType.RESPONSE_NODE_INFO, new NodeInfoCodec());
        register(MessageType.REQUEST_PARTITION_INFO, InfoRequestCodecs.PARTITION_INFO);
        register(MessageType.RESPONSE_PARTITION_INFO, new PartitionInfoCodec());
        register(MessageType.REQUEST_JOB_INFO_SINGLE, JobIdRequestCodec.JOB_INFO_SINGLE);
        register(MessageType.REQUEST_JOB_USER_INFO, JobIdRequestCodec.JOB_USER_INFO);
        register(MessageType.REQUEST_NODE_INFO_SINGLE, InfoRequestCodecs.NODE_INFO_SINGLE);
        register(MessageType.REQUEST_BATCH_SCRIPT, JobIdRequestCodec.BATCH_SCRIPT);
        register(MessageType.REQUEST_UPDATE_NODE, new UpdateNodeCodec());
        register(MessageType.REQUEST_DELETE_NODE, new UpdateNodeCodec());
        register(MessageType.REQUEST_CREATE_NODE, new UpdateNodeCodec());
        register(MessageType.REQUEST_JOB_READY, JobIdRequestCodec.JOB_READY);

        // message.job: submission, update, signals, requeue
        register(MessageType.REQUEST_UPDATE_JOB, JobDescriptorCodec.INSTANCE);
        register(MessageType.REQUEST_RESOURCE_ALLOCATION, JobDescriptorCodec.INSTANCE);
        register(MessageType.REQUEST_SUBMIT_BATCH_JOB, JobDescriptorCodec.INSTANCE);
        register(MessageType.RESPONSE_SUBMIT_BATCH_JOB, SubmitBatchJobResponseCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_WILL_RUN, JobDescriptorCodec.INSTANCE);
        register(MessageType.RESPONSE_JOB_READY, JobReadyResponseCodec.INSTANCE);
        register(MessageType.REQUEST_SUBMIT_BATCH_HET_JOB, HetJobSubmissionCodec.INSTANCE);
        register(MessageType.REQUEST_CANCEL_JOB_STEP, JobStepKillRequestCodec.INSTANCE);
        register(MessageType.REQUEST_COMPLETE_JOB_ALLOCATION, CompleteJobAllocationCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_REQUEUE, JobRequeueRequestCodec.INSTANCE);
        register(MessageType.REQUEST_KILL_JOB, JobStepKillRequestCodec.INSTANCE);
        register(MessageType.RESPONSE_JOB_ARRAY_ERRORS, JobArrayErrorsCodec.INSTANCE);

        // message.slurmd: slurmctld <-> slurmd
        register(MessageType.MESSAGE_NODE_REGISTRATION_STATUS, new NodeRegistrationStatusCodec());
        register(MessageType.RESPONSE_PING_SLURMD, new PingSlurmdResponseCodec());
        register(MessageType.RESPONSE_NODE_REGISTRATION, new NodeRegistrationResponseCodec());
        register(MessageType.REQUEST_BATCH_JOB_LAUNCH, new BatchJobLaunchCodec());
        register(MessageType.REQUEST_COMPLETE_BATCH_SCRIPT, new CompleteBatchScriptCodec());
        register(MessageType.REQUEST_SIGNAL_TASKS, new SignalTasksCodec());
        register(MessageType.REQUEST_TERMINATE_TASKS, new SignalTasksCodec());
        register(MessageType.REQUEST_KILL_TIMELIMIT, new KillJobCodec());
        register(MessageType.REQUEST_TERMINATE_JOB, new KillJobCodec());
        register(MessageType.MESSAGE_EPILOG_COMPLETE, new EpilogCompleteCodec());
        register(MessageType.REQUEST_ABORT_JOB, new KillJobCodec());
        register(MessageType.REQUEST_KILL_PREEMPTED, new KillJobCodec());

        // message.step: allocations, steps, task launch and the messages srun receives
        register(MessageType.REQUEST_JOB_STEP_INFO, JobStepInfoCodecs.REQUEST);
        register(MessageType.RESPONSE_JOB_STEP_INFO, JobStepInfoCodecs.RESPONSE);
        register(MessageType.RESPONSE_RESOURCE_ALLOCATION, ResourceAllocationCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_ALLOCATION_INFO, JobAllocInfoRequestCodec.INSTANCE);
        register(MessageType.RESPONSE_JOB_ALLOCATION_INFO, ResourceAllocationCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_END_TIME, JobAllocInfoRequestCodec.INSTANCE);
        register(MessageType.RESPONSE_HET_JOB_ALLOCATION, HetJobAllocationCodec.INSTANCE);
        register(MessageType.REQUEST_HET_JOB_ALLOC_INFO, JobAllocInfoRequestCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_STEP_CREATE, JobStepCreateRequestCodec.INSTANCE);
        register(MessageType.RESPONSE_JOB_STEP_CREATE, JobStepCreateResponseCodec.INSTANCE);
        register(MessageType.REQUEST_STEP_COMPLETE, StepCompleteCodec.INSTANCE);
        register(MessageType.REQUEST_JOB_STEP_STAT, StepMessageCodecs.STEP_ID);
        register(MessageType.REQUEST_STEP_LAYOUT, StepMessageCodecs.STEP_ID);
        register(MessageType.RESPONSE_STEP_LAYOUT, StepMessageCodecs.STEP_LAYOUT);
        register(MessageType.REQUEST_JOB_STEP_PIDS, StepMessageCodecs.STEP_ID);
        register(MessageType.REQUEST_LAUNCH_TASKS, LaunchTasksRequestCodec.INSTANCE);
        register(MessageType.RESPONSE_LAUNCH_TASKS, LaunchTasksResponseCodec.INSTANCE);
        register(MessageType.MESSAGE_TASK_EXIT, TaskExitCodec.INSTANCE);
        register(MessageType.SRUN_TIMEOUT, StepMessageCodecs.SRUN_TIMEOUT);
        register(MessageType.SRUN_NODE_FAIL, StepMessageCodecs.SRUN_NODE_FAIL);
        register(MessageType.SRUN_JOB_COMPLETE, StepMessageCodecs.STEP_ID);
        register(MessageType.SRUN_USER_MSG, StepMessageCodecs.SRUN_USER_MSG);
    }

    private MessageCodecs() {
    }

    private static void register(MessageType type, BodyCodec<?> codec) {
        if (CODECS.putIfAbsent(type.id(), codec) != null) {
            throw new IllegalStateException("two codecs for message type " + type.id());
        }
    }

    /** The codec for a message type, if FLURM knows its layout. */
    public static Optional<BodyCodec<?>> forType(int msgType) {
        return Optional.ofNullable(CODECS.get(msgType));
    }

    /** Decodes a whole body; fails unless the layout consumes every byte. */
    public static MessageBody decode(int msgType, byte[] body, int protocolVersion)
            throws DecodeException {
        final BodyCodec<?> codec = CODECS.get(msgType);
        if (codec == null) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "no layout for message type " + msgType);
        }
        final Unpacker in = new Unpacker(body);
        final MessageBody decoded = codec.decode(in, protocolVersion);
        in.expectEnd("message type " + msgType);
        return decoded;
    }

    /** Encodes a body with the codec registered for its message type. */
    @SuppressWarnings("unchecked")
    public static byte[] encode(int msgType, MessageBody body, int protocolVersion) {
        final BodyCodec<MessageBody> codec = (BodyCodec<MessageBody>) CODECS.get(msgType);
        if (codec == null) {
            throw new IllegalArgumentException("no layout for message type " + msgType);
        }
        final Packer out = new Packer();
        codec.encode(body, out, protocolVersion);
        return out.toByteArray();
    }
}
