package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The allocation completion layout ({@code _pack_complete_job_allocation_msg}): u32 job id,
 * u32 job rc, the same in every version.
 */
public final class CompleteJobAllocationCodec
        implements BodyCodec<CompleteJobAllocationRequest> {

    public static final CompleteJobAllocationCodec INSTANCE =
            new CompleteJobAllocationCodec();

    private CompleteJobAllocationCodec() {
    }

    @Override
    public CompleteJobAllocationRequest decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        final int jobId = in.u32();
        final int jobRc = in.u32();
        return new CompleteJobAllocationRequest(jobId, jobRc);
    }

    @Override
    public void encode(CompleteJobAllocationRequest body, Packer out, int protocolVersion) {
        out.u32(body.jobId());
        out.u32(body.jobRc());
    }
}
