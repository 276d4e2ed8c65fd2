package org.flurm.config.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads slurm.conf as SLURM 22.05's own parser does, so that FLURM accepts exactly the files
 * the stock clients accept and refuses the others for the same reason at the same line.
 *
 * <p>In the main file each line holds one {@code Key=Value}; only record lines (NodeName,
 * PartitionName, NodeSet, DownNodes, SlurmctldHost, FrontendName) carry further pairs, from
 * their own key tables ({@link SlurmConfKeys}). Keys match in any case. Anything left on a
 * line after what was parsed is an error. {@code Include <path>} (any case, followed by a
 * blank) reads another file in place; {@code %c} in the path is the ClusterName given
 * before it, in lower case. Parsing goes on after an error so that every bad line is
 * reported; then the settings are checked ({@link SettingsCheck}) and the result is either a
 * {@link SlurmConfig} or a {@link ConfigException} listing all problems.
 */
public final class SlurmConfParser {

    /** SLURM gives up on nested includes only when it runs out of stack; FLURM stops here. */
    private static final int MAX_INCLUDE_DEPTH = 64;

    private final IncludeResolver includes;
    private final UserLookup users;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<ConfigProblem> warnings = new ArrayList<>();
    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private final List<NodeDefinition> nodes = new ArrayList<>();
    private final List<PartitionDefinition> partitions = new ArrayList<>();
    private final List<NodeSetDefinition> nodeSets = new ArrayList<>();
    private final List<DownNodesDefinition> downNodes = new ArrayList<>();
    private final List<HostLine> slurmctldHosts = new ArrayList<>();
    private Map<String, String> nodeDefaults = Map.of();
    private Map<String, String> partitionDefaults = Map.of();

    /** A SlurmctldHost line; SettingsCheck turns these into the controller list. */
    record HostLine(ControllerHost host, ConfLine source) {
    }

    /** A problem that makes SLURM exit at once, so nothing after it is reported. */
    private static final class FatalProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FatalProblem(String message) {
            super(message);
        }
    }

    private SlurmConfParser(IncludeResolver includes, UserLookup users) {
        this.includes = includes;
        this.users = users;
    }

    /** Reads {@code file} and its includes with SLURM's path rules. */
    public static SlurmConfig parse(Path file) throws ConfigException {
        return parse(file, IncludeResolver.SLURM);
    }

    /** Reads {@code file}, resolving Include paths with {@code includes}. */
    public static SlurmConfig parse(Path file, IncludeResolver includes) throws ConfigException {
        return parse(file, includes, UserLookup.SYSTEM);
    }

    /** Reads {@code file} with Include paths and SlurmUser/SlurmdUser checked as given. */
    public static SlurmConfig parse(Path file, IncludeResolver includes, UserLookup users)
            throws ConfigException {
        return new SlurmConfParser(includes, users).run(file);
    }

    private SlurmConfig run(Path file) throws ConfigException {
        try {
            readFile(file, 0);
            SettingsCheck check =
                    new SettingsCheck(file, settings, slurmctldHosts, warnings, users);
            SlurmConfig config = check.build(nodes, nodeSets, partitions, downNodes);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            return config;
        } catch (SettingsCheck.Refused refused) {
            problems.add(refused.problem());
            throw new ConfigException(problems);
        } catch (FatalProblem fatal) {
            throw new ConfigException(problems);
        }
    }

    /** Parses one file; returns false when any of its lines (or its includes) failed. */
    private boolean readFile(Path file, int depth) throws FatalProblem {
        List<ConfLine> lines;
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(new ConfigProblem(file, 0, "cannot read file: no such file"));
                return false;
            }
            lines = ConfFileReader.read(file);
        } catch (IOException e) {
            problems.add(new ConfigProblem(file, 0, "cannot read file: " + e.getMessage()));
            return false;
        }
        boolean ok = true;
        for (ConfLine line : lines) {
            ok &= readLine(line, depth);
        }
        return ok;
    }

    private boolean readLine(ConfLine line, int depth) throws FatalProblem {
        String text = line.text();
        int leftover;
        Optional<Integer> include = includeDirective(text);
        if (include.isPresent()) {
            leftover = include.get();
            if (!readInclude(line, leftover, depth)) {
                return false;
            }
            leftover = includeEnd(text, leftover);
        } else {
            Optional<KeyValue> pair = KeyValue.scan(text, 0);
            if (pair.isEmpty()) {
                leftover = 0;
            } else {
                Optional<KeySpec> spec = SlurmConfKeys.MAIN.find(pair.get().key());
                if (spec.isEmpty()) {
                    problems.add(ConfigProblem.at(line,
                            "unrecognized key: " + pair.get().key()));
                    return false;
                }
                Optional<Integer> end = readPair(line, spec.get(), pair.get());
                if (end.isEmpty()) {
                    return false;
                }
                leftover = end.get();
            }
        }

        // only blanks may follow what was parsed
        if (!text.substring(leftover).isBlank()) {
            problems.add(ConfigProblem.at(line,
                    "cannot parse \"" + line.textFrom(leftover) + "\""));
            return false;
        }
        return true;
    }

    /** Where the file name of an Include line starts, if the line is one. */
    private static Optional<Integer> includeDirective(String text) {
        if (text.length() < 8 || !text.regionMatches(true, 0, "include", 0, 7)
                || !Character.isWhitespace(text.charAt(7))) {
            return Optional.empty();
        }
        int start = 7;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return Optional.of(start);
    }

    private static int includeEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private boolean readInclude(ConfLine line, int start, int depth) throws FatalProblem {
        String written = line.text().substring(start, includeEnd(line.text(), start));

        // %c is the cluster name given so far, in lower case
        if (written.contains("%c")) {
            Setting cluster = settings.get("ClusterName");
            if (cluster == null) {
                problems.add(ConfigProblem.at(line,
                        "Include path " + written + " uses %c but no ClusterName is set"
                                + " before it"));
                return false;
            }
            written = written.replace("%c", cluster.value().toLowerCase(Locale.ROOT));
        }
        if (written.isEmpty() || depth >= MAX_INCLUDE_DEPTH) {
            problems.add(ConfigProblem.at(line, written.isEmpty()
                    ? "Include without a file name" : "Include nested too deeply"));
            return false;
        }

        Path target = includes.resolve(written, line.file());
        if (!readFile(target, depth + 1)) {
            problems.add(ConfigProblem.at(line, "Include of " + target + " failed"));
            return false;
        }
        return true;
    }

    /**
     * Handles the first pair of a main-file line. Returns where unparsed text starts, or
     * empty when the line failed (its problem is recorded).
     */
    private Optional<Integer> readPair(ConfLine line, KeySpec spec, KeyValue pair)
            throws FatalProblem {
        String value = pair.value();
        switch (spec.type()) {
            case RECORD -> {
                return readRecord(line, spec.name(), value, pair.end());
            }
            case DEFUNCT -> warnings.add(ConfigProblem.at(line,
                    "the option " + spec.name() + " is defunct and ignored"));
            default -> {
                try {
                    SlurmValues.check(spec.name(), value, spec.type());
                } catch (BadValueException e) {
                    problems.add(ConfigProblem.at(line, e.getMessage()));
                    return Optional.empty();
                }
                Setting previous = settings.put(spec.name(),
                        new Setting(spec.name(), value, line.file(), line.line()));
                if (previous != null) {
                    warnings.add(ConfigProblem.at(line, spec.name()
                            + " is given more than once; the last value is used"));
                }
            }
        }
        return Optional.of(pair.end());
    }

    /** The pairs after a record's first pair, and where parsing them stopped. */
    private record Pairs(Map<String, String> values, int end, Optional<String> problem) {
    }

    private static Pairs readPairs(KeyTable table, String text, int from) {
        Map<String, String> values = new LinkedHashMap<>();
        int position = from;
        while (true) {
            Optional<KeyValue> pair = KeyValue.scan(text, position);
            if (pair.isEmpty()) {
                return new Pairs(values, position, Optional.empty());
            }
            Optional<KeySpec> spec = table.find(pair.get().key());
            if (spec.isEmpty()) {
                return new Pairs(values, position,
                        Optional.of("unrecognized key: " + pair.get().key()));
            }
            try {
                SlurmValues.check(spec.get().name(), pair.get().value(), spec.get().type());
            } catch (BadValueException e) {
                return new Pairs(values, position, Optional.of(e.getMessage()));
            }
            values.put(spec.get().name(), pair.get().value());
            position = pair.get().end();
        }
    }

    private Optional<Integer> readRecord(ConfLine line, String key, String value, int from)
            throws FatalProblem {
        KeyTable table = switch (key) {
            case "NodeName" -> SlurmConfKeys.NODE;
            case "PartitionName" -> SlurmConfKeys.PARTITION;
            case "NodeSet" -> SlurmConfKeys.NODESET;
            case "DownNodes" -> SlurmConfKeys.DOWNNODES;
            case "FrontendName" -> SlurmConfKeys.FRONTEND;
            default -> SlurmConfKeys.SLURMCTLD_HOST;
        };
        Pairs pairs = readPairs(table, line.text(), from);
        if (pairs.problem().isPresent()) {
            problems.add(ConfigProblem.at(line, pairs.problem().get()));
            return Optional.empty();
        }
        try {
            switch (key) {
                case "NodeName" -> readNode(line, value, pairs.values());
                case "PartitionName" -> readPartition(line, value, pairs.values());
                case "NodeSet" -> nodeSets.add(new NodeSetDefinition(value,
                        Optional.ofNullable(pairs.values().get("Nodes")),
                        Optional.ofNullable(pairs.values().get("Feature")), line));
                case "DownNodes" -> downNodes.add(new DownNodesDefinition(value,
                        pairs.values().getOrDefault("Reason", "Set in slurm.conf"),
                        Optional.ofNullable(pairs.values().get("State")), line));
                case "FrontendName" -> fatal(line, "FrontendName needs a SLURM built with"
                        + " front-end support; SLURM 22.05 as packaged has none");
                default -> slurmctldHosts.add(new HostLine(controllerHost(value), line));
            }
        } catch (BadValueException e) {
            problems.add(ConfigProblem.at(line, e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(pairs.end());
    }

    private void fatal(ConfLine line, String message) throws FatalProblem {
        problems.add(ConfigProblem.at(line, message));
        throw new FatalProblem(message);
    }

    private void readNode(ConfLine line, String names, Map<String, String> values)
            throws BadValueException, FatalProblem {
        if (names.equalsIgnoreCase("DEFAULT")) {
            for (String perNode : List.of("NodeHostname", "BcastAddr", "NodeAddr")) {
                if (values.containsKey(perNode)) {
                    throw new BadValueException(perNode + " is not allowed with"
                            + " NodeName=DEFAULT");
                }
            }
            nodeDefaults = mergeDefaults(values, nodeDefaults);
            return;
        }
        if (names.equalsIgnoreCase("ALL")) {
            fatal(line, "ALL is a reserved word and cannot be used as a NodeName");
        }
        nodes.add(RecordLines.node(names, values, nodeDefaults, line, warnings));
    }

    private void readPartition(ConfLine line, String name, Map<String, String> values)
            throws BadValueException {
        if (name.equalsIgnoreCase("DEFAULT")) {
            partitionDefaults = mergeDefaults(values, partitionDefaults);
            return;
        }
        partitions.add(RecordLines.partition(name, values, partitionDefaults, line, warnings));
    }

    /** A new DEFAULT line overrides the keys it names and keeps the earlier ones. */
    private static Map<String, String> mergeDefaults(
            Map<String, String> latest, Map<String, String> earlier) {
        Map<String, String> merged = new LinkedHashMap<>(latest);
        earlier.forEach(merged::putIfAbsent);
        return Map.copyOf(merged);
    }

    /** {@code name} or {@code name(address)}, nothing after the closing parenthesis. */
    private static ControllerHost controllerHost(String value) throws BadValueException {
        int open = value.indexOf('(');
        int close = value.indexOf(')');
        if ((open < 0) != (close < 0)
                || (close >= 0 && (close != value.length() - 1
                        || close != value.lastIndexOf(')')))) {
            throw new BadValueException("bad value \"" + value + "\" for SlurmctldHost");
        }
        if (open < 0) {
            return new ControllerHost(value, value);
        }
        String name = value.substring(0, open);
        String address = value.substring(open + 1);
        int addressEnd = address.indexOf(')');
        return new ControllerHost(name, address.substring(0, addressEnd));
    }
}
