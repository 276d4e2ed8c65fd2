package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The launch reply layout ({@code _pack_launch_tasks_response_msg}, all versions): step id,
 * u32 return code, str node name, u32 pid count, u32 array of pids, u32 array of task ids.
 */
public final class LaunchTasksResponseCodec implements BodyCodec<LaunchTasksResponse> {

    public static final LaunchTasksResponseCodec INSTANCE = new LaunchTasksResponseCodec();

    private LaunchTasksResponseCodec() {
    }

    @Override
    public LaunchTasksResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        final StepId stepId = StepId.read(in);
        final int returnCode = in.u32();
        final String nodeName = in.str();
        final int countOfPids = in.u32();
        final int[] localPids = StepFields.sized(in.u32Array(), countOfPids, "local_pids");
        final int[] taskIds = StepFields.sized(in.u32Array(), countOfPids, "task_ids");
        return new LaunchTasksResponse(stepId, returnCode, nodeName, localPids, taskIds);
    }

    @Override
    public void encode(LaunchTasksResponse body, Packer out, int protocolVersion) {
        body.stepId().write(out);
        out.u32(body.returnCode());
        out.str(body.nodeName());
        out.u32(Counts.of(body.localPids()));
        out.u32Array(body.localPids());
        out.u32Array(body.taskIds());
    }
}
