package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The allocation info request layout: u32 job id, str req_cluster (all versions). */
public final class JobAllocInfoRequestCodec implements BodyCodec<JobAllocInfoRequest> {

    public static final JobAllocInfoRequestCodec INSTANCE = new JobAllocInfoRequestCodec();

    private JobAllocInfoRequestCodec() {
    }

    @Override
    public JobAllocInfoRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int jobId = in.u32();
        final String reqCluster = in.str();
        return new JobAllocInfoRequest(jobId, reqCluster);
    }

    @Override
    public void encode(JobAllocInfoRequest body, Packer out, int protocolVersion) {
        out.u32(body.jobId());
        out.str(body.reqCluster());
    }
}
