package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The requeue layout ({@code _pack_job_requeue_msg}), unchanged since 20.11. */
public final class JobRequeueRequestCodec implements BodyCodec<JobRequeueRequest> {

    public static final JobRequeueRequestCodec INSTANCE = new JobRequeueRequestCodec();

    private JobRequeueRequestCodec() {
    }

    @Override
    public JobRequeueRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int jobId = in.u32();
        final String jobIdStr = in.str();
        final int flags = in.u32();
        return new JobRequeueRequest(jobId, jobIdStr, flags);
    }

    @Override
    public void encode(JobRequeueRequest body, Packer out, int protocolVersion) {
        out.u32(body.jobId());
        out.str(body.jobIdStr());
        out.u32(body.flags());
    }
}
