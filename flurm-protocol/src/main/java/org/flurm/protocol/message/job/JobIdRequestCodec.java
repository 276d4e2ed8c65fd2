package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The job id layout ({@code _pack_job_ready_msg}): u32 job id, u16 show flags; all versions. */
public final class JobIdRequestCodec implements BodyCodec<JobIdRequest> {

    public static final JobIdRequestCodec INSTANCE = new JobIdRequestCodec();

    private JobIdRequestCodec() {
    }

    @Override
    public JobIdRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int jobId = in.u32();
        final int showFlags = in.u16();
        return new JobIdRequest(jobId, showFlags);
    }

    @Override
    public void encode(JobIdRequest body, Packer out, int protocolVersion) {
        out.u32(body.jobId());
        out.u16(body.showFlags());
    }
}
