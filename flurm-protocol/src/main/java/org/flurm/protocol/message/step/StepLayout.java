package org.flurm.protocol.message.step;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flurm.protocol.pack.Counts;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * Where a step's tasks run ({@code slurm_step_layout_t}): its nodes and, per node, the global
 * ids of the tasks placed there.
 *
 * <p>On the wire ({@code pack_slurm_step_layout}, all versions): u16 1 (0 for no layout),
 * front_end, node_list, u32 node_cnt, u16 start_protocol_ver, u32 task_cnt, u32 task_dist,
 * then for each node a u32 array of task ids. The node count is the size of {@code taskIds}.
 * The arrays are neither copied nor compared by value.
 *
 * @param startProtocolVer the lowest protocol version of the step's slurmds
 * @param taskIds          one array per node, in node_list order; null or empty for none
 */
public record StepLayout(String frontEnd, String nodeList, int startProtocolVer, int taskCnt,
                         int taskDist, List<int[]> taskIds) {

    public StepLayout {
        taskIds = Collections.unmodifiableList(new ArrayList<>(taskIds));
    }

    /** Tasks on the node at {@code index}. */
    public int tasksOn(int index) {
        return Counts.of(taskIds.get(index));
    }

    /** Reads a layout; null when the sender had none. */
    public static StepLayout read(Unpacker in) throws DecodeException {
        final int present = in.u16();
        if (present == 0) {
            return null;
        }
        final String frontEnd = in.str();
        final String nodeList = in.str();
        final int nodeCnt = in.arrayCount("step layout node", 4);
        final int startProtocolVer = in.u16();
        final int taskCnt = in.u32();
        final int taskDist = in.u32();
        final List<int[]> taskIds = in.elements(nodeCnt, Unpacker::u32Array);
        return new StepLayout(frontEnd, nodeList, startProtocolVer, taskCnt, taskDist, taskIds);
    }

    /** Writes a layout, or the "no layout" marker for null. */
    public static void write(StepLayout layout, Packer out) {
        if (layout == null) {
            out.u16(0);
            return;
        }
        out.u16(1);
        out.str(layout.frontEnd()).str(layout.nodeList());
        out.u32(layout.taskIds().size());
        out.u16(layout.startProtocolVer());
        out.u32(layout.taskCnt()).u32(layout.taskDist());
        layout.taskIds().forEach(out::u32Array);
    }
}
