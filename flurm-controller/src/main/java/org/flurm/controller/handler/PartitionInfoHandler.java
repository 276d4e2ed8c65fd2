package org.flurm.controller.handler;

import java.util.ArrayList;
import java.util.List;

import org.flurm.controller.scheduling.PartitionAccess;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Partition;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.info.PartitionInfo;
import org.flurm.protocol.message.info.PartitionInfoRequest;
import org.flurm.protocol.message.info.PartitionInfoResponse;
import org.flurm.protocol.message.info.ShowFlags;

/**
 * REQUEST_PARTITION_INFO (2009): the partitions; hidden ones only with SHOW_ALL, as slurmctld
 * does.
 */
public final class PartitionInfoHandler implements RequestHandler {

    private final Controller controller;
    private final PartitionAccess access;

    public PartitionInfoHandler(Controller controller) {
        this.controller = controller;
        this.access = new PartitionAccess(controller.users(),
                controller.permissions().slurmUserId());
    }

    @Override
    public Reply handle(Request request) {
        final PartitionInfoRequest query = (PartitionInfoRequest) request.body();
        final ClusterSnapshot state = controller.log().snapshot();
        final long lastUpdate = Math.max(Math.max(state.lastPartitionUpdate(),
                controller.bootTime()), 1);
        if (query.lastUpdate() != 0 && query.lastUpdate() >= lastUpdate) {
            return Reply.rc(SlurmErrno.SLURM_NO_CHANGE_IN_DATA.code());
        }
        final boolean showAll = (query.showFlags() & ShowFlags.SHOW_ALL) != 0;
        final List<PartitionInfo> partitions = new ArrayList<>();
        final boolean operator = controller.permissions().isOperator(request.uid());
        for (Partition partition : state.partitions()) {
            if (showAll || access.isVisible(partition, request.uid(), operator)) {
                partitions.add(controller.views().partition(partition, state.nodes()));
            }
        }
        return new Reply(MessageType.RESPONSE_PARTITION_INFO.id(),
                new PartitionInfoResponse(lastUpdate, partitions));
    }
}
