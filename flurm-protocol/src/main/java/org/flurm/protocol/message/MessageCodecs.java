package org.flurm.protocol.message;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.flurm.protocol.message.job.CompleteJobAllocationCodec;
import org.flurm.protocol.message.job.HetJobSubmissionCodec;
import org.flurm.protocol.message.job.JobArrayErrorsCodec;
import org.flurm.protocol.message.job.JobDescriptorCodec;
import org.flurm.protocol.message.job.JobReadyResponseCodec;
import org.flurm.protocol.message.job.JobRequeueRequestCodec;
import org.flurm.protocol.message.job.JobStepKillRequestCodec;
import org.flurm.protocol.message.job.SubmitBatchJobResponseCodec;
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
        // Each group of layouts registers its message types here.

        // jobs: submission, update, signals, requeue (org.flurm.protocol.message.job)
        register(3001, JobDescriptorCodec.INSTANCE); // REQUEST_UPDATE_JOB
        register(4001, JobDescriptorCodec.INSTANCE); // REQUEST_RESOURCE_ALLOCATION
        register(4003, JobDescriptorCodec.INSTANCE); // REQUEST_SUBMIT_BATCH_JOB
        register(4004, SubmitBatchJobResponseCodec.INSTANCE); // RESPONSE_SUBMIT_BATCH_JOB
        register(4012, JobDescriptorCodec.INSTANCE); // REQUEST_JOB_WILL_RUN
        register(4020, JobReadyResponseCodec.INSTANCE); // RESPONSE_JOB_READY
        register(4028, HetJobSubmissionCodec.INSTANCE); // REQUEST_SUBMIT_BATCH_HET_JOB
        register(5005, JobStepKillRequestCodec.INSTANCE); // REQUEST_CANCEL_JOB_STEP
        register(5017, CompleteJobAllocationCodec.INSTANCE); // REQUEST_COMPLETE_JOB_ALLOCATION
        register(5023, JobRequeueRequestCodec.INSTANCE); // REQUEST_JOB_REQUEUE
        register(5032, JobStepKillRequestCodec.INSTANCE); // REQUEST_KILL_JOB
        register(5034, JobArrayErrorsCodec.INSTANCE); // RESPONSE_JOB_ARRAY_ERRORS

        // generic bodies (message.common): return codes, shutdown, sdiag's request
        register(8001, new org.flurm.protocol.message.common.SlurmRcCodec());
        register(8002, new org.flurm.protocol.message.common.SlurmRcMsgCodec());
        register(1005, new org.flurm.protocol.message.common.ShutdownCodec());
        register(2035, new org.flurm.protocol.message.common.StatsInfoRequestCodec());
        // the types 22.05's pack_msg writes no body for: REQUEST_NODE_REGISTRATION_STATUS,
        // REQUEST_RECONFIGURE, REQUEST_PING, REQUEST_CONTROL, REQUEST_HEALTH_CHECK,
        // REQUEST_TAKEOVER, REQUEST_ACCT_GATHER_UPDATE, REQUEST_TOPO_INFO,
        // REQUEST_BURST_BUFFER_INFO, REQUEST_FED_INFO, REQUEST_CONTROL_STATUS,
        // REQUEST_DAEMON_STATUS, SRUN_PING, RESPONSE_FORWARD_FAILED, ACCOUNTING_FIRST_REG,
        // ACCOUNTING_REGISTER_CTLD
        register(1001, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1003, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1008, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1009, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1011, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1012, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(1017, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(2028, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(2037, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(2049, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(2053, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(5024, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(7001, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(9001, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(10002, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);
        register(10003, org.flurm.protocol.message.common.EmptyBodyCodec.INSTANCE);

        // job, node and partition info; node updates (package .info)
        register(2003, new org.flurm.protocol.message.info.JobInfoRequestCodec());
        register(2004, new org.flurm.protocol.message.info.JobInfoCodec());
        register(2007, org.flurm.protocol.message.info.InfoRequestCodecs.NODE_INFO);
        register(2008, new org.flurm.protocol.message.info.NodeInfoCodec());
        register(2009, org.flurm.protocol.message.info.InfoRequestCodecs.PARTITION_INFO);
        register(2010, new org.flurm.protocol.message.info.PartitionInfoCodec());
        register(2021, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_INFO_SINGLE);
        register(2039, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_USER_INFO);
        register(2040, org.flurm.protocol.message.info.InfoRequestCodecs.NODE_INFO_SINGLE);
        register(2051, org.flurm.protocol.message.info.JobIdRequestCodec.BATCH_SCRIPT);
        register(3002, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(3014, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(3015, new org.flurm.protocol.message.info.UpdateNodeCodec());
        register(4019, org.flurm.protocol.message.info.JobIdRequestCodec.JOB_READY);

        // configuration and federation (package config)
        register(2001, new org.flurm.protocol.message.config.BuildInfoRequestCodec());
        register(2002, new org.flurm.protocol.message.config.BuildInfoCodec());
        register(2050, new org.flurm.protocol.message.config.FederationInfoCodec());

        // slurmctld <-> slurmd (package slurmd)
        register(1002, new org.flurm.protocol.message.slurmd.NodeRegistrationStatusCodec());
        register(1016, new org.flurm.protocol.message.slurmd.PingSlurmdResponseCodec());
        register(1024, new org.flurm.protocol.message.slurmd.NodeRegistrationResponseCodec());
        register(4005, new org.flurm.protocol.message.slurmd.BatchJobLaunchCodec());
        register(5018, new org.flurm.protocol.message.slurmd.CompleteBatchScriptCodec());
        register(6004, new org.flurm.protocol.message.slurmd.SignalTasksCodec());
        register(6006, new org.flurm.protocol.message.slurmd.SignalTasksCodec());
        register(6009, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6011, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6012, new org.flurm.protocol.message.slurmd.EpilogCompleteCodec());
        register(6013, new org.flurm.protocol.message.slurmd.KillJobCodec());
        register(6016, new org.flurm.protocol.message.slurmd.KillJobCodec());
    }

    private MessageCodecs() {
    }

    static void register(int msgType, BodyCodec<?> codec) {
        if (CODECS.putIfAbsent(msgType, codec) != null) {
            throw new IllegalStateException("two codecs for message type " + msgType);
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
