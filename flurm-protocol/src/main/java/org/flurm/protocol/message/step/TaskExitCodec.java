package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The task exit layout ({@code _pack_task_exit_msg}, all versions): u32 return code, u32 task
 * count, u32 array of task ids, step id.
 */
public final class TaskExitCodec implements BodyCodec<TaskExit> {

    public static final TaskExitCodec INSTANCE = new TaskExitCodec();

    private TaskExitCodec() {
    }

    @Override
    public TaskExit decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int returnCode = in.u32();
        final int numTasks = in.u32();
        final int[] taskIds = StepFields.sized(in.u32Array(), numTasks, "task_id_list");
        final StepId stepId = StepId.read(in);
        return new TaskExit(returnCode, taskIds, stepId);
    }

    @Override
    public void encode(TaskExit body, Packer out, int protocolVersion) {
        out.u32(body.returnCode());
        out.u32(Counts.of(body.taskIds()));
        out.u32Array(body.taskIds());
        body.stepId().write(out);
    }
}
