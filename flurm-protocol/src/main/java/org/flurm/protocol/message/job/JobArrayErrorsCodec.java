package org.flurm.protocol.message.job;

import java.util.List;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.job.JobArrayErrors.TaskResult;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The array response layout ({@code _pack_job_array_resp_msg}): u32 count, then per entry
 * u32 error code and str array id. Unchanged since 20.11.
 */
public final class JobArrayErrorsCodec implements BodyCodec<JobArrayErrors> {

    public static final JobArrayErrorsCodec INSTANCE = new JobArrayErrorsCodec();

    /** u32 error code and at least the u32 length of the id. */
    private static final int MIN_ENTRY_BYTES = 8;

    private JobArrayErrorsCodec() {
    }

    @Override
    public JobArrayErrors decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int count = in.arrayCount("job array results", MIN_ENTRY_BYTES);
        final List<TaskResult> results =
                in.elements(count, r -> new TaskResult(r.u32(), r.str()));
        return new JobArrayErrors(results);
    }

    @Override
    public void encode(JobArrayErrors body, Packer out, int protocolVersion) {
        out.u32(body.results().size());
        for (TaskResult result : body.results()) {
            out.u32(result.errorCode());
            out.str(result.jobArrayId());
        }
    }
}
