package org.flurm.protocol.message.job;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** The kill layout ({@code _pack_job_step_kill_msg}), unchanged since 20.11. */
public final class JobStepKillRequestCodec implements BodyCodec<JobStepKillRequest> {

    public static final JobStepKillRequestCodec INSTANCE = new JobStepKillRequestCodec();

    private JobStepKillRequestCodec() {
    }

    @Override
    public JobStepKillRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final StepId stepId = StepId.read(in);
        final String sjobId = in.str();
        final String sibling = in.str();
        final int signal = in.u16();
        final int flags = in.u16();
        return new JobStepKillRequest(stepId, sjobId, sibling, signal, flags);
    }

    @Override
    public void encode(JobStepKillRequest body, Packer out, int protocolVersion) {
        body.stepId().write(out);
        out.str(body.sjobId());
        out.str(body.sibling());
        out.u16(body.signal());
        out.u16(body.flags());
    }
}
