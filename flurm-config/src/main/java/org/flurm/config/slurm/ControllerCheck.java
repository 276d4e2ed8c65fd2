package org.flurm.config.slurm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flurm.config.hostlist.Hostlist;
import org.flurm.config.hostlist.HostlistException;

/**
 * The checks slurmctld makes beyond the clients' parser when it builds its node and
 * partition tables, and the expansion of every node, NodeSet and partition name.
 *
 * <p>slurmctld stops at the first of these problems; this check reports all of them so an
 * operator can fix a file in one pass. A node line that fails still contributes its node
 * names, so that partitions naming them are not reported twice.
 */
final class ControllerCheck {

    private static final Set<String> BASE_NODE_STATES = Set.of(
            "UNKNOWN", "DOWN", "IDLE", "ALLOCATED", "ERROR", "MIXED", "FUTURE");

    private final SlurmConfig config;
    private final List<ConfigProblem> problems = new ArrayList<>();

    ControllerCheck(SlurmConfig config) {
        this.config = config;
    }

    ClusterLayout run() throws ConfigException {

        // slurmctld refuses every FastSchedule value except the ignored 1
        Setting fastSchedule = config.settings().get("FastSchedule");
        if (fastSchedule != null && !isOne(fastSchedule.value())) {
            problems.add(new ConfigProblem(fastSchedule.file(), fastSchedule.line(),
                    "The FastSchedule option was removed; FastSchedule=2 behaviour is"
                            + " SlurmdParameters=config_overrides"));
        }

        List<Node> nodes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (NodeDefinition definition : config.nodes()) {
            for (Node node : expand(definition, names)) {
                nodes.add(node);
            }
        }

        Map<String, List<String>> nodeSets = new LinkedHashMap<>();
        for (NodeSetDefinition set : config.nodeSets()) {
            nodeSets.put(set.name(), nodeSetMembers(set, nodes));
        }

        Map<String, List<String>> partitions = new LinkedHashMap<>();
        if (config.partitions().isEmpty()) {
            problems.add(new ConfigProblem(config.file(), 0,
                    "no partition is defined (only PartitionName lines other than DEFAULT"
                            + " define one)"));
        }
        for (PartitionDefinition partition : config.partitions()) {
            if (partitions.containsKey(partition.name())) {
                problems.add(ConfigProblem.at(partition.source(),
                        "partition " + partition.name() + " is defined twice"));
                continue;
            }
            partitions.put(partition.name(), partitionMembers(partition, nodes, names));
        }

        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new ClusterLayout(List.copyOf(nodes), nodeSets, partitions);
    }

    private static boolean isOne(String value) {
        try {
            return SlurmValues.unsigned("FastSchedule", value, ValueType.UINT16) == 1;
        } catch (BadValueException e) {
            return false;
        }
    }

    /** The nodes of one NodeName line; adds every problem of the line to {@link #problems}. */
    private List<Node> expand(NodeDefinition d, Set<String> known) {
        ConfLine at = d.source();
        int problemsBefore = problems.size();

        String state = d.state().orElse("UNKNOWN");
        if (!validNodeState(state)) {
            problems.add(ConfigProblem.at(at, "invalid State " + state + " for nodes "
                    + d.nodeNames()));
        }
        // slurmctld stops at the first list of a line that does not expand
        List<String> addresses = hostlist(at, "NodeAddr", d.addresses());
        List<String> aliases = problems.size() > problemsBefore ? List.of()
                : hostlist(at, "NodeName", d.nodeNames());
        List<String> bcast = problems.size() > problemsBefore || d.bcastAddresses().isEmpty()
                ? List.of() : hostlist(at, "BcastAddr", d.bcastAddresses().get());
        List<String> hostnames = problems.size() > problemsBefore ? List.of()
                : hostlist(at, "NodeHostname", d.hostnames());
        List<String> ports = problems.size() > problemsBefore || d.port().isEmpty()
                ? List.of() : hostlist(at, "Port", portExpression(d.port().get()));
        if (problems.size() > problemsBefore) {
            known.addAll(namesOf(d));
            return List.of();
        }

        // every node needs its own address and host name; ports are one or one per node
        int n = aliases.size();
        if (addresses.size() < n) {
            problems.add(ConfigProblem.at(at, "NodeAddr lists " + addresses.size()
                    + " addresses for " + n + " nodes; at least as many are required"));
        }
        if (!bcast.isEmpty() && bcast.size() < n) {
            problems.add(ConfigProblem.at(at, "BcastAddr lists " + bcast.size()
                    + " addresses for " + n + " nodes; at least as many are required"));
        }
        if (hostnames.size() < n) {
            problems.add(ConfigProblem.at(at, "NodeHostname lists " + hostnames.size()
                    + " names for " + n + " nodes; at least as many are required"));
        }
        if (ports.size() > 1 && ports.size() != n) {
            problems.add(ConfigProblem.at(at, "Port lists " + ports.size() + " ports for " + n
                    + " nodes; give one port or one per node"));
        }
        if (problems.size() > problemsBefore) {
            known.addAll(aliases);
            return List.of();
        }

        List<Node> nodes = new ArrayList<>();
        List<String> features = d.features().map(f -> Arrays.stream(f.split(","))
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        for (int i = 0; i < n; i++) {
            String name = aliases.get(i);
            if (!known.add(name)) {
                problems.add(ConfigProblem.at(at, "node " + name + " is defined twice"));
                continue;
            }
            int port = config.slurmdPort();
            if (!ports.isEmpty()) {
                String text = ports.get(ports.size() == 1 ? 0 : i);
                port = atoi(text);
                if (port <= 0 || port > 0xFFFF) {
                    problems.add(ConfigProblem.at(at, "invalid Port " + d.port().orElse("")));
                    return nodes;
                }
            }
            nodes.add(new Node(name, hostnames.get(i), addresses.get(i),
                    bcast.isEmpty() ? Optional.empty() : Optional.of(bcast.get(i)), port,
                    d.cpus(), d.boards(), d.sockets(), d.coresPerSocket(), d.threadsPerCore(),
                    d.realMemory(), d.tmpDisk(), d.weight(), features, d.gres(),
                    state.toUpperCase(Locale.ROOT), d.reason(), d));
        }
        return nodes;
    }

    /** The node names of a line whose other lists failed, if the names themselves expand. */
    private static List<String> namesOf(NodeDefinition d) {
        try {
            return Hostlist.expand(d.nodeNames());
        } catch (HostlistException e) {
            return List.of();
        }
    }

    private static boolean validNodeState(String state) {
        String upper = state.toUpperCase(Locale.ROOT);
        return BASE_NODE_STATES.contains(upper) || upper.startsWith("CLOUD")
                || upper.startsWith("DRAIN") || upper.startsWith("FAIL");
    }

    /** A Port value with a range or list and no brackets is read as if bracketed. */
    private static String portExpression(String port) {
        boolean list = port.contains("-") || port.contains(",");
        return !port.isEmpty() && port.charAt(0) != '[' && list ? "[" + port + "]" : port;
    }

    private List<String> hostlist(ConfLine at, String key, String expression) {
        try {
            return Hostlist.expand(expression);
        } catch (HostlistException e) {
            problems.add(ConfigProblem.at(at,
                    "cannot expand " + key + " list " + expression + ": " + e.getMessage()));
            return List.of();
        }
    }

    private static int atoi(String text) {
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(text.substring(0, end));
    }

    private List<String> nodeSetMembers(NodeSetDefinition set, List<Node> nodes) {
        Set<String> members = new LinkedHashSet<>();
        set.feature().ifPresent(feature -> nodes.stream()
                .filter(node -> node.features().contains(feature))
                .forEach(node -> members.add(node.name())));
        set.nodes().ifPresent(list -> members.addAll(hostlist(set.source(), "Nodes", list)));
        return List.copyOf(members);
    }

    /**
     * Partition members: ALL, or node names and NodeSet names; anything else is refused, as
     * slurmctld refuses it.
     */
    private List<String> partitionMembers(PartitionDefinition partition, List<Node> nodes,
            Set<String> known) {
        if (partition.nodes().isEmpty()) {
            return List.of();
        }
        String spec = partition.nodes().get();
        if (spec.equalsIgnoreCase("ALL")) {
            return nodes.stream().map(Node::name).toList();
        }
        List<String> written = new ArrayList<>(hostlist(partition.source(), "Nodes", spec));

        // each NodeSet named is replaced by its members
        for (NodeSetDefinition set : config.nodeSets()) {
            if (written.removeIf(name -> name.equals(set.name()))) {
                written.addAll(nodeSetMembers(set, nodes));
            }
        }

        List<String> unknown = written.stream().filter(name -> !known.contains(name))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            problems.add(ConfigProblem.at(partition.source(), "partition " + partition.name()
                    + " names nodes that are neither nodes nor NodeSets: "
                    + String.join(",", unknown)));
        }
        Set<String> members = new LinkedHashSet<>(written);
        return nodes.stream().map(Node::name).filter(members::contains).toList();
    }
}
