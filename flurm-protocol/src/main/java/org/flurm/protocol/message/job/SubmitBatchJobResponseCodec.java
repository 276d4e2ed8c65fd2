package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The submit response layout ({@code _pack_submit_response_msg}), unchanged since 20.11. */
public final class SubmitBatchJobResponseCodec implements BodyCodec<SubmitBatchJobResponse> {

    public static final SubmitBatchJobResponseCodec INSTANCE = new SubmitBatchJobResponseCodec();

    private SubmitBatchJobResponseCodec() {
    }

    @Override
    public SubmitBatchJobResponse decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        final int jobId = in.u32();
        final int stepId = in.u32();
        final int errorCode = in.u32();
        final String jobSubmitUserMsg = in.str();
        return new SubmitBatchJobResponse(jobId, stepId, errorCode, jobSubmitUserMsg);
    }

    @Override
    public void encode(SubmitBatchJobResponse body, Packer out, int protocolVersion) {
        out.u32(body.jobId());
        out.u32(body.stepId());
        out.u32(body.errorCode());
        out.str(body.jobSubmitUserMsg());
    }
}
