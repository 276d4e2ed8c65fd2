package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.CompleteBatchScriptCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The step completion layout ({@code _pack_step_complete_msg}): step id, u32 range_first,
 * u32 range_last, u32 step_rc, then the accounting block slurmd's batch completion carries too.
 */
public final class StepCompleteCodec implements BodyCodec<StepComplete> {

    public static final StepCompleteCodec INSTANCE = new StepCompleteCodec();

    private StepCompleteCodec() {
    }

    @Override
    public StepComplete decode(Unpacker in, int protocolVersion) throws DecodeException {
        final StepId stepId = StepId.read(in);
        final int rangeFirst = in.u32();
        final int rangeLast = in.u32();
        final int stepRc = in.u32();
        return new StepComplete(stepId, rangeFirst, rangeLast, stepRc,
                CompleteBatchScriptCodec.readJobAccounting(in, protocolVersion));
    }

    @Override
    public void encode(StepComplete body, Packer out, int protocolVersion) {
        body.stepId().write(out);
        out.u32(body.rangeFirst()).u32(body.rangeLast()).u32(body.stepRc());
        CompleteBatchScriptCodec.writeJobAccounting(body.jobacct(), out, protocolVersion);
    }
}
