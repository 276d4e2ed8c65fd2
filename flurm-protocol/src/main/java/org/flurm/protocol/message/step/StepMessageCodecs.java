package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The small step messages that slurmctld sends srun, and the task signal request; one layout
 * each since 20.11.
 */
public final class StepMessageCodecs {

    /** A bare step id ({@code pack_step_id}): three u32s. */
    public static final BodyCodec<StepIdMessage> STEP_ID = new BodyCodec<>() {
        @Override
        public StepIdMessage decode(Unpacker in, int protocolVersion) throws DecodeException {
            return new StepIdMessage(StepId.read(in));
        }

        @Override
        public void encode(StepIdMessage body, Packer out, int protocolVersion) {
            body.stepId().write(out);
        }
    };

    /** RESPONSE_STEP_LAYOUT (5022): the step layout, or its "no layout" marker. */
    public static final BodyCodec<StepLayoutResponse> STEP_LAYOUT = new BodyCodec<>() {
        @Override
        public StepLayoutResponse decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            return new StepLayoutResponse(StepLayout.read(in));
        }

        @Override
        public void encode(StepLayoutResponse body, Packer out, int protocolVersion) {
            StepLayout.write(body.layout(), out);
        }
    };

    /** SRUN_TIMEOUT (7002): step id, time timeout. */
    public static final BodyCodec<SrunTimeout> SRUN_TIMEOUT = new BodyCodec<>() {
        @Override
        public SrunTimeout decode(Unpacker in, int protocolVersion) throws DecodeException {
            final StepId stepId = StepId.read(in);
            return new SrunTimeout(stepId, in.time());
        }

        @Override
        public void encode(SrunTimeout body, Packer out, int protocolVersion) {
            body.stepId().write(out);
            out.time(body.timeout());
        }
    };

    /** SRUN_NODE_FAIL (7003): step id, str nodelist. */
    public static final BodyCodec<SrunNodeFail> SRUN_NODE_FAIL = new BodyCodec<>() {
        @Override
        public SrunNodeFail decode(Unpacker in, int protocolVersion) throws DecodeException {
            final StepId stepId = StepId.read(in);
            return new SrunNodeFail(stepId, in.str());
        }

        @Override
        public void encode(SrunNodeFail body, Packer out, int protocolVersion) {
            body.stepId().write(out);
            out.str(body.nodelist());
        }
    };

    /** SRUN_USER_MSG (7005): u32 job id, str msg. */
    public static final BodyCodec<SrunUserMessage> SRUN_USER_MSG = new BodyCodec<>() {
        @Override
        public SrunUserMessage decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            final int jobId = in.u32();
            return new SrunUserMessage(jobId, in.str());
        }

        @Override
        public void encode(SrunUserMessage body, Packer out, int protocolVersion) {
            out.u32(body.jobId());
            out.str(body.msg());
        }
    };

    private StepMessageCodecs() {
    }
}
