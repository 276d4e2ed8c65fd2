package org.flurm.node;

import java.time.Instant;
import java.util.List;

import org.flurm.config.slurm.Node;
import org.flurm.node.host.HostResources;
import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.GresNodeConfig;
import org.flurm.protocol.message.slurmd.NodeRegistrationStatus;

/**
 * Builds MESSAGE_NODE_REGISTRATION_STATUS as slurmd does: the host's real memory, TmpFS size,
 * load and uptime; its CPU layout, or slurm.conf's when the configured CPU count matches the
 * host's (slurmd then reports the configured sockets and cores).
 *
 * <p>LIMIT: hash_val is sent as NO_VAL, which tells slurmctld not to compare slurm.conf
 * hashes, so a node with a different slurm.conf is not warned about.
 */
final class Registration {

    static final String SLURM_VERSION = "22.05.8";
    private static final int NO_VAL = 0xFFFFFFFE;

    private Registration() {
    }

    static NodeRegistrationStatus build(NodeSettings settings, long startTime,
                                        List<StepId> steps, boolean wantResponse) {
        final Node node = settings.node();
        final HostResources.Topology host = HostResources.topology();
        final boolean useConfigured = node.cpus() == host.cpus();
        final int sockets = useConfigured ? node.sockets() : host.sockets();
        final int cores = useConfigured ? node.coresPerSocket() : host.coresPerSocket();
        final int threads = useConfigured ? node.threadsPerCore() : host.threadsPerCore();
        final int boards = useConfigured ? Math.max(1, node.boards()) : 1;

        return new NodeRegistrationStatus(
                Instant.now().getEpochSecond(),
                startTime,
                0,
                null,
                null,
                settings.hostName(),
                node.name(),
                HostResources.arch(),
                null,
                HostResources.os(),
                host.cpus(),
                boards,
                sockets,
                cores,
                threads,
                HostResources.realMemoryMb(),
                (int) HostResources.tmpDiskMb(settings.tmpFs()),
                HostResources.upTimeSeconds(),
                NO_VAL,
                HostResources.cpuLoad(),
                HostResources.freeMemoryMb(),
                steps,
                wantResponse ? NodeRegistrationStatus.FLAG_RESPONSE : 0,
                GresNodeConfig.none(ProtocolVersion.SLURM_22_05),
                EnergyData.NONE,
                SLURM_VERSION,
                0,
                null,
                null);
    }
}
