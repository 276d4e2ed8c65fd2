package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.slurmd.JobCredential;
import org.flurm.protocol.message.slurmd.JobCredentialCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The step creation reply layout ({@code _pack_job_step_create_response_msg}): u32
 * def_cpu_bind_type, str resv_ports, u32 step id, the step layout, the credential (in the
 * message's version), the select and switch plugin data, u16 use_protocol_ver.
 */
public final class JobStepCreateResponseCodec implements BodyCodec<JobStepCreateResponse> {

    public static final JobStepCreateResponseCodec INSTANCE = new JobStepCreateResponseCodec();

    private JobStepCreateResponseCodec() {
    }

    @Override
    public JobStepCreateResponse decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        final int defCpuBindType = in.u32();
        final String resvPorts = in.str();
        final int jobStepId = in.u32();
        final StepLayout stepLayout = StepLayout.read(in);
        final JobCredential cred = JobCredentialCodec.read(in, protocolVersion);
        final SelectJobInfo selectJobinfo = SelectJobInfo.read(in);
        final SwitchJobInfo switchJob = SwitchJobInfo.read(in);
        final int useProtocolVer = in.u16();
        return new JobStepCreateResponse(defCpuBindType, resvPorts, jobStepId, stepLayout, cred,
                selectJobinfo, switchJob, useProtocolVer);
    }

    @Override
    public void encode(JobStepCreateResponse body, Packer out, int protocolVersion) {
        out.u32(body.defCpuBindType());
        out.str(body.resvPorts());
        out.u32(body.jobStepId());
        StepLayout.write(body.stepLayout(), out);
        JobCredentialCodec.write(body.cred(), out, protocolVersion);
        body.selectJobinfo().write(out);
        body.switchJob().write(out);
        out.u16(body.useProtocolVer());
    }
}
