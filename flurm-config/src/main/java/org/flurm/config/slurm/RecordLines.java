package org.flurm.config.slurm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds NodeName and PartitionName records from the pairs of one line and the DEFAULT line
 * values in force, following SLURM's rules for what falls back to the default and what is
 * reset when inconsistent (each reset is a warning, as SLURM logs it and carries on).
 */
final class RecordLines {

    private RecordLines() {
    }

    /** The pairs of one line, with the DEFAULT values as fallback where SLURM uses them. */
    private record Values(Map<String, String> line, Map<String, String> defaults) {

        Optional<String> own(String key) {
            return Optional.ofNullable(line.get(key));
        }

        Optional<String> get(String key) {
            return own(key).or(() -> Optional.ofNullable(defaults.get(key)));
        }

        Optional<Long> number(String key, ValueType type) throws BadValueException {
            Optional<String> value = get(key);
            return value.isEmpty() ? Optional.empty()
                    : Optional.of(SlurmValues.unsigned(key, value.get(), type));
        }

        Optional<Boolean> flag(String key, boolean withDefault) throws BadValueException {
            Optional<String> value = withDefault ? get(key) : own(key);
            return value.isEmpty() ? Optional.empty()
                    : Optional.of(SlurmValues.bool(key, value.get()));
        }
    }

    static NodeDefinition node(String names, Map<String, String> line,
            Map<String, String> defaults, ConfLine source, List<ConfigProblem> warnings)
            throws BadValueException {
        Values v = new Values(line, defaults);

        // addresses fall back to host names, host names to node names; never to DEFAULT
        String hostnames = v.own("NodeHostname").orElse(names);
        String addresses = v.own("NodeAddr").orElse(hostnames);

        int boards = v.number("Boards", ValueType.UINT16).orElse(1L).intValue();
        int cores = v.number("CoresPerSocket", ValueType.UINT16).orElse(1L).intValue();
        int threads = v.number("ThreadsPerCore", ValueType.UINT16).orElse(1L).intValue();
        Optional<Long> cpusGiven = v.number("CPUs", ValueType.UINT16);
        if (cpusGiven.isEmpty()) {
            cpusGiven = v.number("Procs", ValueType.UINT16);
        }
        Optional<Long> socketsGiven = v.number("Sockets", ValueType.UINT16);
        Optional<Long> perBoardGiven = v.number("SocketsPerBoard", ValueType.UINT16);
        int cpus = cpusGiven.orElse(1L).intValue();
        int sockets = socketsGiven.orElse(1L).intValue();
        int socketsPerBoard = perBoardGiven.orElse(1L).intValue();
        int coreSpecCount = v.number("CoreSpecCount", ValueType.UINT16).orElse(0L).intValue();
        long realMemory = v.number("RealMemory", ValueType.UINT64).orElse(1L);
        long memSpecLimit = v.number("MemSpecLimit", ValueType.UINT64).orElse(0L);
        long tmpDisk = v.number("TmpDisk", ValueType.UINT32).orElse(0L);
        long weight = v.number("Weight", ValueType.UINT32).orElse(1L);
        if (weight == SlurmValues.INFINITE) {
            weight--;
        }
        Optional<String> features = v.own("Feature").or(() -> v.own("Features"))
                .or(() -> Optional.ofNullable(defaults.get("Feature")))
                .or(() -> Optional.ofNullable(defaults.get("Features")));
        // LIMIT: CpuBind and CPUSpecList are kept as written; SLURM drops invalid ones with a
        // logged error, FLURM does not check them yet.
        Optional<String> cpuSpecList = v.get("CPUSpecList");

        // zero counts are reset to one
        String what = "NodeName=" + names + " ";
        if (cores == 0) {
            warnings.add(ConfigProblem.at(source, what + "CoresPerSocket=0 reset to 1"));
            cores = 1;
        }
        if (cpus == 0) {
            warnings.add(ConfigProblem.at(source, what + "CPUs=0 reset to 1"));
            cpus = 1;
        }
        if (threads == 0) {
            warnings.add(ConfigProblem.at(source, what + "ThreadsPerCore=0 reset to 1"));
            threads = 1;
        }
        if (socketsPerBoard == 0) {
            warnings.add(ConfigProblem.at(source, what + "SocketsPerBoard=0 reset to 1"));
            socketsPerBoard = 1;
        }
        if (sockets == 0) {
            warnings.add(ConfigProblem.at(source, what + "Sockets=0 reset to 1"));
            sockets = 1;
        }
        if (boards == 0) {
            warnings.add(ConfigProblem.at(source, what + "Boards=0 reset to 1"));
            boards = 1;
        }

        // sockets: SocketsPerBoard wins over Sockets; else inferred from CPUs, else Boards
        boolean socketsMissing = socketsGiven.isEmpty();
        if (perBoardGiven.isPresent() && socketsGiven.isPresent()) {
            warnings.add(ConfigProblem.at(source,
                    what + "has both Sockets and SocketsPerBoard; SocketsPerBoard is used"));
            socketsMissing = true;
        }
        if (socketsMissing) {
            if (perBoardGiven.isPresent()) {
                sockets = boards * socketsPerBoard;
            } else if (cpusGiven.isPresent() && cpus / (cores * threads) > 0
                    && cpus % (cores * threads) == 0) {
                sockets = cpus / (cores * threads);
            } else {
                sockets = boards;
            }
        }
        if (cpusGiven.isEmpty()) {
            cpus = sockets * cores * threads;
        }
        if (sockets < boards) {
            warnings.add(ConfigProblem.at(source, what + "Sockets < Boards; Boards reset to 1"));
            boards = 1;
        }
        if (cpus != sockets && cpus != sockets * cores && cpus != sockets * cores * threads) {
            warnings.add(ConfigProblem.at(source, what + "CPUs=" + cpus + " matches neither"
                    + " Sockets, Sockets*CoresPerSocket nor"
                    + " Sockets*CoresPerSocket*ThreadsPerCore; CPUs reset"));
            cpus = sockets * cores * threads;
        }
        if (coreSpecCount >= sockets * cores) {
            warnings.add(ConfigProblem.at(source, what + "CoreSpecCount too large, reset to 1"));
            coreSpecCount = 1;
        }
        if (coreSpecCount > 0 && cpuSpecList.isPresent()) {
            warnings.add(ConfigProblem.at(source,
                    what + "CoreSpecCount cannot be used with CPUSpecList, reset to 0"));
            coreSpecCount = 0;
        }
        if (memSpecLimit >= realMemory) {
            warnings.add(ConfigProblem.at(source, what + "MemSpecLimit too large, reset to 0"));
            memSpecLimit = 0;
        }

        return new NodeDefinition(names, hostnames, addresses, v.own("BcastAddr"),
                v.get("Port"), cpus, boards, sockets, cores, threads, realMemory, tmpDisk,
                weight, features, v.get("Gres"), v.get("State"), v.get("Reason"),
                coreSpecCount, cpuSpecList, memSpecLimit, v.get("CpuBind"),
                v.get("TRESWeights"), source);
    }

    static PartitionDefinition partition(String name, Map<String, String> line,
            Map<String, String> defaults, ConfLine source, List<ConfigProblem> warnings)
            throws BadValueException {
        Values v = new Values(line, defaults);

        // access lists: ALL means no restriction; accounts and QOS are lower case
        List<String> allowAccounts = names(v.get("AllowAccounts"), true);
        List<String> allowGroups = names(v.get("AllowGroups"), false);
        List<String> allowQos = names(v.get("AllowQos"), true);
        List<String> denyAccounts = names(v.get("DenyAccounts"), true);
        List<String> denyQos = names(v.get("DenyQos"), true);
        if (!allowAccounts.isEmpty() && !denyAccounts.isEmpty()) {
            warnings.add(ConfigProblem.at(source, "partition " + name
                    + " has AllowAccounts and DenyAccounts; DenyAccounts is ignored"));
        }
        if (!allowQos.isEmpty() && !denyQos.isEmpty()) {
            warnings.add(ConfigProblem.at(source, "partition " + name
                    + " has AllowQos and DenyQos; DenyQos is ignored"));
        }
        Optional<String> allocNodes = v.own("AllocNodes")
                .or(() -> Optional.ofNullable(defaults.get("AllocNodes"))
                        .filter(nodes -> !nodes.equalsIgnoreCase("ALL")));

        // memory: per node wins over per CPU
        boolean defPerCpu = v.get("DefMemPerNode").isEmpty()
                && v.get("DefMemPerCPU").isPresent();
        long defMem = v.number(defPerCpu ? "DefMemPerCPU" : "DefMemPerNode", ValueType.UINT64)
                .orElse(0L);
        boolean maxPerCpu = v.get("MaxMemPerNode").isEmpty()
                && v.get("MaxMemPerCPU").isPresent();
        long maxMem = v.number(maxPerCpu ? "MaxMemPerCPU" : "MaxMemPerNode", ValueType.UINT64)
                .orElse(0L);

        long maxTime = time(v.get("MaxTime"), "MaxTime", SlurmValues.INFINITE);
        long defaultTime = time(v.get("DefaultTime"), "DefaultTime", SlurmValues.NO_VAL);

        Optional<String> preemptMode = v.get("PreemptMode");
        if (preemptMode.isPresent() && PreemptMode.parse(preemptMode.get()).isEmpty()) {
            throw new BadValueException(
                    "bad value \"" + preemptMode.get() + "\" for PreemptMode");
        }

        // Priority sets both the job factor and the tier
        int jobFactor = v.number("PriorityJobFactor", ValueType.UINT16).orElse(1L).intValue();
        int tier = v.number("PriorityTier", ValueType.UINT16).orElse(1L).intValue();
        Optional<Long> priority = v.number("Priority", ValueType.UINT16);
        if (priority.isPresent()) {
            jobFactor = priority.get().intValue();
            tier = priority.get().intValue();
        }

        Optional<String> selectType = v.own("SelectTypeParameters");
        if (selectType.isPresent() && !validPartitionSelectType(selectType.get())) {
            throw new BadValueException(
                    "bad value \"" + selectType.get() + "\" for SelectTypeParameters");
        }

        String overSubscribe = overSubscribe(
                v.get("OverSubscribe").or(() -> v.get("Shared")), name, source, warnings);

        Optional<String> suspendTime = v.own("SuspendTime");
        if (suspendTime.isPresent() && !suspendTime.get().equalsIgnoreCase("INFINITE")
                && !suspendTime.get().equals("-1") && !fitsUnsigned32(suspendTime.get())) {
            throw new BadValueException(
                    "bad value \"" + suspendTime.get() + "\" for SuspendTime");
        }

        PartitionState state = partitionState(v.get("State"));

        return new PartitionDefinition(name,
                v.get("Nodes").map(nodes -> nodes.replaceAll("\\s", ",")),
                v.flag("Default", true).orElse(false), state, maxTime, defaultTime,
                v.number("MaxNodes", ValueType.UINT32).orElse(SlurmValues.INFINITE),
                v.number("MinNodes", ValueType.UINT32).orElse(0L),
                v.number("MaxCPUsPerNode", ValueType.UINT32).orElse(SlurmValues.INFINITE),
                allowGroups, allowAccounts, allowQos, denyAccounts, denyQos, allocNodes,
                v.get("Alternate"),
                v.flag("RootOnly", true).orElse(false),
                v.flag("Hidden", true).orElse(false),
                v.flag("ReqResv", true).orElse(false),
                v.flag("LLN", true).orElse(false),
                v.flag("ExclusiveUser", false).orElse(false),
                tier, jobFactor, overSubscribe, defMem, defPerCpu, maxMem, maxPerCpu,
                v.number("GraceTime", ValueType.UINT32).orElse(0L),
                v.get("QOS"), preemptMode, v.get("TRESBillingWeights"), source);
    }

    private static List<String> names(Optional<String> list, boolean lowerCase) {
        if (list.isEmpty() || list.get().equalsIgnoreCase("ALL")) {
            return List.of();
        }
        String text = lowerCase ? list.get().toLowerCase(Locale.ROOT) : list.get();
        return Arrays.stream(text.split(",")).filter(name -> !name.isEmpty()).toList();
    }

    private static long time(Optional<String> value, String key, long absent)
            throws BadValueException {
        return value.isEmpty() ? absent : SlurmValues.minutes(key, value.get());
    }

    private static boolean validPartitionSelectType(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.startsWith("CR_CORE") || upper.startsWith("CR_SOCKET");
    }

    private static String overSubscribe(Optional<String> value, String name, ConfLine source,
            List<ConfigProblem> warnings) throws BadValueException {
        if (value.isEmpty()) {
            return "NO";
        }
        String upper = value.get().toUpperCase(Locale.ROOT);
        if (upper.equals("NO") || upper.equals("EXCLUSIVE")) {
            return upper;
        }
        if (upper.equals("YES") || upper.equals("FORCE")) {
            return upper + ":4";
        }
        for (String kind : List.of("YES", "FORCE")) {
            if (upper.startsWith(kind + ":")) {
                long jobs = atol(upper.substring(kind.length() + 1));
                if (jobs < (kind.equals("YES") ? 2 : 1)) {
                    warnings.add(ConfigProblem.at(source, "partition " + name
                            + " has a bad OverSubscribe value " + value.get() + "; NO is used"));
                    return "NO";
                }
                return kind + ":" + jobs;
            }
        }
        throw new BadValueException("bad value \"" + value.get() + "\" for OverSubscribe");
    }

    private static PartitionState partitionState(Optional<String> value)
            throws BadValueException {
        if (value.isEmpty()) {
            return PartitionState.UP;
        }

        // SLURM compares only the leading letters, so State=UPPER is UP
        String upper = value.get().toUpperCase(Locale.ROOT);
        for (PartitionState state : List.of(PartitionState.DOWN, PartitionState.UP,
                PartitionState.DRAIN, PartitionState.INACTIVE)) {
            if (upper.startsWith(state.name())) {
                return state;
            }
        }
        throw new BadValueException("bad value \"" + value.get() + "\" for State");
    }

    /** C's atol: leading digits with an optional sign, 0 when there are none. */
    private static long atol(String text) {
        int end = 0;
        if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '+')) {
            end++;
        }
        while (end < text.length() && Character.isDigit(text.charAt(end)) && end < 18) {
            end++;
        }
        String digits = text.substring(0, end);
        return digits.isEmpty() || digits.equals("-") || digits.equals("+") ? 0
                : Long.parseLong(digits);
    }

    /** Whether C's strtoul of the leading number (0 when there is none) fits 32 bits. */
    private static boolean fitsUnsigned32(String text) {
        String digits = text.replaceFirst("^\\s*([+-]?\\d*).*$", "$1");
        if (digits.startsWith("-")) {
            return digits.matches("-0*");
        }
        String number = digits.replaceFirst("^\\+?0*", "");
        return number.length() < 10 || (number.length() == 10
                && number.compareTo("4294967295") <= 0);
    }
}
