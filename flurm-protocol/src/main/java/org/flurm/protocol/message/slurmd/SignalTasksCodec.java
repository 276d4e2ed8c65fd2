package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * REQUEST_SIGNAL_TASKS (6004) / REQUEST_TERMINATE_TASKS (6006): the step id (3 x u32), then
 * u16 flags, u16 signal; the same in 20.11, 21.08 and 22.05.
 */
public final class SignalTasksCodec implements BodyCodec<SignalTasks> {

    @Override
    public SignalTasks decode(Unpacker in, int protocolVersion) throws DecodeException {
        final StepId stepId = StepId.read(in);
        final int flags = in.u16();
        final int signal = in.u16();
        return new SignalTasks(stepId, flags, signal);
    }

    @Override
    public void encode(SignalTasks body, Packer out, int protocolVersion) {
        body.stepId().write(out);
        out.u16(body.flags()).u16(body.signal());
    }
}
