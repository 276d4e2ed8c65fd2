package org.flurm.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flurm.config.hostlist.Hostlist;
import org.flurm.config.slurm.ClusterLayout;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.PartitionDefinition;
import org.flurm.config.slurm.SlurmConfig;
import org.flurm.protocol.message.info.NodeState;

/**
 * The cluster as slurm.conf describes it before any command: its nodes with their configured
 * state and its partitions, and the job id range. Saved state is laid over this on start.
 */
public final class ConfiguredCluster {

    private static final int NO_VAL = -2;
    private static final long MEM_PER_CPU = 0x8000000000000000L;
    private static final int SHARED_FORCE = 0x8000;

    private ConfiguredCluster() {
    }

    /** The initial snapshot for {@code config}; fails as slurmctld would on a bad node line. */
    public static ClusterSnapshot from(SlurmConfig config) throws ConfigException {
        final ClusterLayout layout = config.validateForController();

        final List<Node> nodes = new ArrayList<>();
        for (org.flurm.config.slurm.Node n : layout.nodes()) {
            final boolean drain = n.state().toUpperCase(Locale.ROOT).startsWith("DRAIN");
            nodes.add(new Node(n.name(), n.hostname(), n.address(), n.port(), n.cpus(),
                    n.boards(), n.sockets(), n.coresPerSocket(), n.threadsPerCore(),
                    n.realMemory(), n.tmpDisk(), (int) n.weight(),
                    n.features().isEmpty() ? null : String.join(",", n.features()),
                    n.gres().orElse(null), baseState(n.state()), drain, n.reason().orElse(null),
                    NO_VAL, 0));
        }

        final List<Partition> partitions = new ArrayList<>();
        for (PartitionDefinition p : config.partitions()) {
            partitions.add(partition(p, layout.partitionNodes(), nodes));
        }
        return new ClusterSnapshot(0, (int) config.firstJobId(), (int) config.maxJobId(),
                (int) config.firstJobId(), JobTable.empty((int) config.firstJobId()), nodes,
                partitions, 0, 0, 0);
    }

    /** slurm.conf's node State= (UNKNOWN, IDLE, DOWN, DRAIN, FUTURE, CLOUD) as a base state. */
    private static NodeState baseState(String state) {
        return switch (state.toUpperCase(Locale.ROOT)) {
            case "IDLE" -> NodeState.IDLE;
            case "DOWN" -> NodeState.DOWN;
            case "FUTURE" -> NodeState.FUTURE;
            default -> NodeState.UNKNOWN;
        };
    }

    private static Partition partition(PartitionDefinition p, Map<String, List<String>> members,
                                       List<Node> nodes) {
        final List<Integer> indexes = new ArrayList<>();
        for (String name : members.getOrDefault(p.name(), List.of())) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).name().equals(name)) {
                    indexes.add(i);
                }
            }
        }
        indexes.sort(Integer::compare);

        int flags = 0;
        flags |= p.isDefault() ? Partition.FLAG_DEFAULT : 0;
        flags |= p.hidden() ? Partition.FLAG_HIDDEN : 0;
        flags |= p.rootOnly() ? Partition.FLAG_ROOT_ONLY : 0;
        flags |= p.reqResv() ? Partition.FLAG_REQ_RESV : 0;
        flags |= p.lln() ? Partition.FLAG_LLN : 0;
        flags |= p.exclusiveUser() ? Partition.FLAG_EXCLUSIVE_USER : 0;
        final int up = switch (p.state()) {
            case UP -> Partition.STATE_UP;
            case DOWN -> Partition.STATE_DOWN;
            case DRAIN -> Partition.STATE_DRAIN;
            case INACTIVE -> Partition.STATE_INACTIVE;
        };
        // the node list as slurmctld shows it: ALL and node sets expanded, then compressed
        final List<String> memberNames = indexes.stream().map(i -> nodes.get(i).name())
                .toList();
        final String nodeList = memberNames.isEmpty() ? null
                : Hostlist.compress(memberNames);
        return new Partition(p.name(), nodeList, indexes, p.isDefault(), up,
                (int) p.maxTime(), (int) p.defaultTime(), (int) p.maxNodes(), (int) p.minNodes(),
                (int) p.maxCpusPerNode(), flags, p.priorityJobFactor(), p.priorityTier(),
                maxShare(p.overSubscribe()), (int) p.graceTime(), joined(p.allowGroups()),
                joined(p.allowAccounts()), joined(p.allowQos()), joined(p.denyAccounts()),
                joined(p.denyQos()), p.allocNodes().orElse(null),
                p.alternate().orElse(null), p.qos().orElse(null),
                memory(p.defMem(), p.defMemPerCpu()), memory(p.maxMem(), p.maxMemPerCpu()));
    }

    /** OverSubscribe as SLURM packs it: EXCLUSIVE 0, NO 1, YES:n n, FORCE:n n|SHARED_FORCE. */
    static int maxShare(String overSubscribe) {
        final String value = overSubscribe == null ? "NO"
                : overSubscribe.toUpperCase(Locale.ROOT);
        if (value.startsWith("EXCLUSIVE")) {
            return 0;
        }
        final int colon = value.indexOf(':');
        final int count = colon < 0 ? 4 : Integer.parseInt(value.substring(colon + 1));
        if (value.startsWith("FORCE")) {
            return count | SHARED_FORCE;
        }
        if (value.startsWith("YES")) {
            return count;
        }
        return 1;
    }

    private static long memory(long megabytes, boolean perCpu) {
        return perCpu ? megabytes | MEM_PER_CPU : megabytes;
    }

    /** An access list for the wire: null for ALL (no list). */
    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(",", names);
    }
}
