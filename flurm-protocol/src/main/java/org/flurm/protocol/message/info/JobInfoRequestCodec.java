package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** REQUEST_JOB_INFO (2003), {@code _pack_job_info_request_msg}; one layout since 20.11. */
public final class JobInfoRequestCodec implements BodyCodec<JobInfoRequest> {

    @Override
    public JobInfoRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final long lastUpdate = in.time();
        final int showFlags = in.u16();

        // the id count is NO_VAL for "all jobs"
        final List<Integer> jobIds = in.list("job ids", 4, Unpacker::u32);
        return new JobInfoRequest(lastUpdate, showFlags, jobIds);
    }

    @Override
    public void encode(JobInfoRequest body, Packer out, int protocolVersion) {
        out.time(body.lastUpdate());
        out.u16(body.showFlags());
        out.list(body.jobIds(), Packer::u32);
    }
}
