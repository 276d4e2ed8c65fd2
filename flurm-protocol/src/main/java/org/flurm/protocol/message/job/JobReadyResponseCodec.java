package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The return code layout ({@code _pack_return_code_msg}) as RESPONSE_JOB_READY uses it. */
public final class JobReadyResponseCodec implements BodyCodec<JobReadyResponse> {

    public static final JobReadyResponseCodec INSTANCE = new JobReadyResponseCodec();

    private JobReadyResponseCodec() {
    }

    @Override
    public JobReadyResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new JobReadyResponse(in.u32());
    }

    @Override
    public void encode(JobReadyResponse body, Packer out, int protocolVersion) {
        out.u32(body.returnCode());
    }
}
