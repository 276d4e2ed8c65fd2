package org.flurm.config.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the main-file settings in the order SLURM 22.05 checks them after parsing, and
 * builds the typed {@link SlurmConfig}. Like SLURM, the first check that fails ends the
 * checking ({@link Refused}); problems found while parsing do not stop it, so a file can be
 * refused both for a bad line and for a removed key, as the stock clients report it.
 *
 * <p>Removed keys SLURM refuses by name carry its reason and its replacement.
 */
final class SettingsCheck {

    static final int DEFAULT_SLURMCTLD_PORT = 6817;
    static final int DEFAULT_SLURMD_PORT = 6818;
    static final long DEFAULT_MAX_JOB_ID = 0x03FF_0000L;
    static final long MAX_JOB_ID = 0x03FF_FFFFL;
    static final long MIN_DBD_MSGS = 10_000L;

    /** strtol's view of "first" or "first-last...": blanks and sign allowed before digits. */
    private static final Pattern PORT_RANGE =
            Pattern.compile("\\s*([+-]?\\d+)(?:-\\s*([+-]?\\d+).*)?");

    /** The check that ended checking, with its problem. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ConfigProblem problem;

        Refused(ConfigProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ConfigProblem problem() {
            return problem;
        }
    }


    /** DebugFlags words SLURM 22.05 knows (Task only draws a warning). */
    private static final Set<String> DEBUG_FLAGS = Set.of(
            "accrue", "agent", "backfill", "backfillmap", "burstbuffer", "cgroup", "cpu_bind",
            "data", "db_archive", "db_assoc", "db_tres", "db_event", "db_job", "db_qos",
            "db_query", "db_reservation", "db_resource", "db_step", "db_usage", "db_wckey",
            "dependency", "elasticsearch", "energy", "extsensors", "federation", "frontend",
            "gang", "gres", "hetjob", "interconnect", "jobaccountgather", "jag", "jobcontainer",
            "license", "mpi", "network", "net", "networkraw", "netraw", "no_conf_hash",
            "nodefeatures", "priority", "profile", "protocol", "reservation", "route", "script",
            "selecttype", "steps", "switch", "task", "tracejobs", "trigger", "triggers",
            "cpufrequency", "power", "powersave", "timecray", "workqueue", "workq");

    private final Path file;
    private final Map<String, Setting> settings;
    private final List<SlurmConfParser.HostLine> hostLines;
    private final List<ConfigProblem> warnings;
    private final UserLookup users;

    SettingsCheck(Path file, Map<String, Setting> settings,
            List<SlurmConfParser.HostLine> hostLines, List<ConfigProblem> warnings,
            UserLookup users) {
        this.file = file;
        this.users = users;
        this.settings = settings;
        this.hostLines = hostLines;
        this.warnings = warnings;
    }

    SlurmConfig build(List<NodeDefinition> nodes, List<NodeSetDefinition> nodeSets,
            List<PartitionDefinition> partitions, List<DownNodesDefinition> downNodes)
            throws Refused {
        String clusterName = value("ClusterName").filter(name -> !name.isEmpty())
                .orElseThrow(() -> refused("ClusterName", "ClusterName must be set"))
                .toLowerCase(Locale.ROOT);
        List<ControllerHost> controllers = controllers();

        words("DebugFlags", DEBUG_FLAGS);
        if (value("DebugFlags").orElse("").toLowerCase(Locale.ROOT).matches("(.*,)?task(,.*)?")) {
            warn("DebugFlags", "DebugFlags=Task no longer exists; CPU_Bind replaces it");
        }
        String enforcePartLimits = enforcePartLimits();
        checkFastSchedule();
        long firstJobId = number("FirstJobId", ValueType.UINT32).orElse(1L);
        if (firstJobId == 0) {
            throw refused("FirstJobId", "FirstJobId cannot be zero");
        }
        exclusive("JobAcctGatherParams", "UsePSS", "NoShared");
        exclusive("LaunchParameters", "enable_nss_slurm", "disable_send_gids");
        if (number("MaxDBDMsgs", ValueType.UINT32).orElse(MIN_DBD_MSGS) < MIN_DBD_MSGS) {
            throw refused("MaxDBDMsgs", "MaxDBDMsgs must be at least " + MIN_DBD_MSGS);
        }
        long maxJobCount = number("MaxJobCount", ValueType.UINT32).orElse(10_000L);
        if (maxJobCount < 1) {
            throw refused("MaxJobCount", "MaxJobCount=0 permits no jobs");
        }
        long maxJobId = number("MaxJobId", ValueType.UINT32).orElse(DEFAULT_MAX_JOB_ID);
        if (maxJobId > MAX_JOB_ID) {
            warn("MaxJobId", "MaxJobId is above " + MAX_JOB_ID + " and is reset to it");
            maxJobId = MAX_JOB_ID;
        }
        if (firstJobId > maxJobId) {
            throw refused("FirstJobId", "FirstJobId is larger than MaxJobId");
        }
        int messageTimeout = number("MessageTimeout", ValueType.UINT16).orElse(10L).intValue();
        long minJobAge = number("MinJobAge", ValueType.UINT32).orElse(300L);
        if (minJobAge < 2) {
            warn("MinJobAge", "MinJobAge must be at least 2 and is set to 2");
            minJobAge = 2;
        }

        if (value("AccountingStorageType").orElse("").toLowerCase(Locale.ROOT)
                .contains("mysql")) {
            throw refused("AccountingStorageType",
                    "AccountingStorageType=accounting_storage/mysql belongs in slurmdbd.conf");
        }
        words("AccountingStorageEnforce", Set.of("1", "associations", "2", "limits", "safe",
                "wckeys", "qos", "all", "nojobs", "nosteps"));

        // keys SLURM 22.05 refuses by name
        removed("AccountingStorageLoc", "it is safe to remove it");
        removed("AccountingStoreJobComment", "use AccountingStoreFlags=job_comment instead");
        time("PreemptExemptTime", false);
        preemption();
        long decayHalfLife = time("PriorityDecayHalfLife", false).orElse(7L * 24 * 60);
        time("PriorityCalcPeriod", true);
        time("PriorityMaxAge", false);
        priorityReset(decayHalfLife);
        prologFlags();
        if (number("PropagatePrioProcess", ValueType.UINT16).orElse(0L) > 2) {
            throw refused("PropagatePrioProcess", "PropagatePrioProcess must be 0, 1 or 2");
        }
        resourceLimits();
        reconfigFlags();
        removed("SallocDefaultCommand",
                "consider LaunchParameters=use_interactive_step instead");
        if (number("SchedulerTimeSlice", ValueType.UINT16).orElse(30L) < 5) {
            warn("SchedulerTimeSlice", "SchedulerTimeSlice must be at least 5 seconds;"
                    + " the default 30 is used");
        }
        selectTypeParameters();
        String slurmUser = user("SlurmUser");
        String slurmdUser = user("SlurmdUser");
        logLevel("SlurmctldDebug");
        logLevel("SlurmctldSyslogDebug");
        PortRange slurmctldPort = slurmctldPort();
        logLevel("SlurmdDebug");
        if (number("SlurmSchedLogLevel", ValueType.UINT16).orElse(0L) > 0
                && value("SlurmSchedLogFile").isEmpty()) {
            throw refused("SlurmSchedLogLevel", "SlurmSchedLogLevel needs SlurmSchedLogFile");
        }
        logLevel("SlurmdSyslogDebug");
        taskPluginParam();
        // LIMIT: plugin names are not checked; SLURM refuses those it cannot load when it
        // loads them, FLURM when it needs them.

        return new SlurmConfig(file, clusterName, controllers, slurmctldPort,
                (int) number("SlurmdPort", ValueType.UINT32).orElse(
                        (long) DEFAULT_SLURMD_PORT).longValue(),
                slurmUser, slurmdUser,
                value("AuthType").orElse("auth/munge"), value("AuthInfo"), messageTimeout,
                number("SlurmdTimeout", ValueType.UINT16).orElse(300L).intValue(),
                number("ReturnToService", ValueType.UINT16).orElse(0L).intValue(),
                firstJobId, maxJobId, maxJobCount,
                number("KillWait", ValueType.UINT16).orElse(30L).intValue(), minJobAge,
                value("StateSaveLocation").orElse("/var/spool"), enforcePartLimits,
                value("PrivateData"), settings,
                List.copyOf(nodes), List.copyOf(nodeSets), List.copyOf(partitions),
                List.copyOf(downNodes), List.copyOf(warnings));
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    private Optional<Long> number(String key, ValueType type) throws Refused {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SlurmValues.unsigned(key, value.get(), type));
        } catch (BadValueException e) {
            throw refused(key, e.getMessage());
        }
    }

    private Refused refused(String key, String message) {
        Setting setting = settings.get(key);
        return new Refused(setting == null ? new ConfigProblem(file, 0, message)
                : new ConfigProblem(setting.file(), setting.line(), message));
    }

    private void warn(String key, String message) {
        Setting setting = settings.get(key);
        warnings.add(new ConfigProblem(setting.file(), setting.line(), message));
    }

    private void removed(String key, String advice) throws Refused {
        if (settings.containsKey(key)) {
            throw refused(key, "The " + key + " option was removed in SLURM 22.05; " + advice);
        }
    }

    /** The minutes of a time-valued key, if given; refuses what SLURM refuses. */
    private Optional<Long> time(String key, boolean atLeastOneMinute) throws Refused {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long minutes = SlurmValues.minutes(key, value.get());
            if (atLeastOneMinute && (minutes < 1 || minutes == SlurmValues.INFINITE)) {
                throw refused(key, "bad value \"" + value.get() + "\" for " + key);
            }
            return Optional.of(minutes);
        } catch (BadValueException e) {
            throw refused(key, e.getMessage());
        }
    }

    /** SLURM refuses two options of one key that contradict each other. */
    private void exclusive(String key, String first, String second) throws Refused {
        String text = value(key).orElse("").toLowerCase(Locale.ROOT);
        if (text.contains(first.toLowerCase(Locale.ROOT))
                && text.contains(second.toLowerCase(Locale.ROOT))) {
            throw refused(key, key + " options " + first + " and " + second
                    + " exclude each other");
        }
    }

    /** A comma-separated list of words from {@code allowed} (any case). */
    private void words(String key, Set<String> allowed) throws Refused {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return;
        }
        for (String word : value.get().split(",")) {
            if (!word.isEmpty() && !allowed.contains(word.toLowerCase(Locale.ROOT))) {
                throw refused(key, "bad " + key + " value " + word);
            }
        }
    }

    /** PreemptMode must parse and fit PreemptType (default preempt/none). */
    private void preemption() throws Refused {
        Optional<String> text = value("PreemptMode");
        PreemptMode mode = new PreemptMode("OFF", false, false);
        if (text.isPresent()) {
            mode = PreemptMode.parse(text.get())
                    .orElseThrow(() -> refused("PreemptMode", "bad PreemptMode " + text.get()));
            if (mode.mode().equals("SUSPEND") && !mode.gang() && !mode.within()) {
                throw refused("PreemptMode", "PreemptMode=SUSPEND needs GANG as well");
            }
        }
        String type = value("PreemptType").orElse("preempt/none");
        boolean off = mode.mode().equals("OFF");
        boolean preempting = type.equals("preempt/qos") || type.equals("preempt/partition_prio");
        if ((preempting && off) || (type.equals("preempt/none") && (!off || mode.within()))) {
            String key = text.isPresent() ? "PreemptMode" : "PreemptType";
            throw refused(key, "PreemptType=" + type + " and PreemptMode="
                    + text.orElse("OFF") + " do not fit together");
        }
    }

    private void priorityReset(long decayHalfLife) throws Refused {
        Optional<String> value = value("PriorityUsageResetPeriod");
        if (value.isPresent()) {
            words("PriorityUsageResetPeriod", Set.of("none", "now", "daily", "weekly",
                    "monthly", "quarterly", "yearly"));
            if (value.get().contains(",")) {
                throw refused("PriorityUsageResetPeriod",
                        "bad PriorityUsageResetPeriod value " + value.get());
            }
        } else if (decayHalfLife == 0) {
            throw refused("PriorityDecayHalfLife", "PriorityDecayHalfLife=0 needs"
                    + " PriorityUsageResetPeriod, else usage never decays");
        }
    }

    /** Contain is implied by X11 and needed by job_container/tmpfs; NoHold excludes both. */
    private void prologFlags() throws Refused {
        Optional<String> value = value("PrologFlags");
        Set<String> flags = new HashSet<>();
        if (value.isPresent()) {
            words("PrologFlags", Set.of("alloc", "contain", "deferbatch", "nohold", "serial",
                    "x11"));
            for (String flag : value.get().split(",")) {
                flags.add(flag.toLowerCase(Locale.ROOT));
            }
            boolean contain = flags.contains("contain") || flags.contains("x11");
            if (flags.contains("nohold") && contain) {
                throw refused("PrologFlags", "PrologFlags=NoHold cannot be combined with"
                        + " Contain or X11");
            }
            if (flags.contains("x11")
                    && value("ProctrackType").orElse("").equals("proctrack/linuxproc")) {
                throw refused("PrologFlags",
                        "PrologFlags=X11 cannot be used with proctrack/linuxproc");
            }
        }
        boolean contain = flags.contains("contain") || flags.contains("x11");
        if (value("JobContainerType").orElse("").contains("tmpfs") && !contain) {
            throw refused("JobContainerType",
                    "job_container/tmpfs needs PrologFlags=Contain");
        }
    }

    /** One resource unit at most (CR_CPU, CR_Core_Memory, ...) plus any modifiers. */
    private void selectTypeParameters() throws Refused {
        Optional<String> value = value("SelectTypeParameters");
        if (value.isEmpty()) {
            return;
        }
        Set<String> units = Set.of("cr_socket", "cr_socket_memory", "cr_core",
                "cr_core_memory", "cr_memory", "cr_cpu", "cr_cpu_memory");
        Set<String> modifiers = Set.of("other_cons_res", "other_cons_tres",
                "cr_allocate_full_socket", "cr_one_task_per_core",
                "cr_core_default_dist_block", "cr_lln", "cr_pack_nodes");
        int unitCount = 0;
        boolean cpuUnit = false;
        boolean oneTaskPerCore = false;
        for (String written : value.get().split(",")) {
            String word = written.toLowerCase(Locale.ROOT);
            if (units.contains(word)) {
                unitCount++;
                cpuUnit |= word.startsWith("cr_cpu");
            } else if (modifiers.contains(word)) {
                oneTaskPerCore |= word.equals("cr_one_task_per_core");
            } else if (!word.isEmpty()) {
                throw refused("SelectTypeParameters",
                        "bad SelectTypeParameters value " + written);
            }
        }
        if (unitCount > 1 || (cpuUnit && oneTaskPerCore)) {
            throw refused("SelectTypeParameters",
                    "bad SelectTypeParameters combination " + value.get());
        }
    }

    /** At most one binding unit and one autobind, as SLURM reads TaskPluginParam. */
    private void taskPluginParam() throws Refused {
        Optional<String> value = value("TaskPluginParam");
        if (value.isEmpty()) {
            return;
        }
        boolean unit = false;
        boolean autobind = false;
        for (String written : value.get().split(",")) {
            String word = written.toLowerCase(Locale.ROOT);
            String bad = null;
            switch (word) {
                case "none", "sockets", "cores", "threads" -> {
                    bad = unit ? written : null;
                    unit = true;
                }
                case "verbose", "" -> {
                }
                case "slurmdoffspec" -> bad = value("TaskPlugin").orElse("")
                        .contains("cray_aries") ? written : null;
                default -> {
                    boolean known = Set.of("autobind=none", "autobind=threads",
                            "autobind=cores", "autobind=sockets").contains(word);
                    bad = !known || autobind ? written : null;
                    autobind = true;
                }
            }
            if (bad != null) {
                throw refused("TaskPluginParam", "bad TaskPluginParam value " + bad);
            }
        }
    }

    /**
     * PropagateResourceLimitsExcept, or else PropagateResourceLimits: ALL, NONE or limit
     * names (CPU, FSIZE, ... with or without RLIMIT_), upper case as SLURM compares them.
     */
    private void resourceLimits() throws Refused {
        String key = settings.containsKey("PropagateResourceLimitsExcept")
                ? "PropagateResourceLimitsExcept" : "PropagateResourceLimits";
        Optional<String> value = value(key);
        if (value.isEmpty() || value.get().equals("ALL") || value.get().equals("NONE")) {
            return;
        }
        Set<String> limits = Set.of("CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC",
                "NOFILE", "MEMLOCK", "AS");
        for (String limit : value.get().split(",")) {
            String name = limit.startsWith("RLIMIT_") ? limit.substring(7) : limit;
            if (!limit.isEmpty() && !limits.contains(name)) {
                throw refused(key, "bad " + key + " value " + limit);
            }
        }
    }

    /**
     * KeepPartInfo and KeepPartState. SLURM 22.05 logs other words but, comparing its error
     * marker with the wrong value, accepts them; FLURM warns and ignores them likewise.
     */
    private void reconfigFlags() {
        for (String word : value("ReconfigFlags").orElse("").split(",")) {
            if (!word.isEmpty() && !word.equalsIgnoreCase("KeepPartInfo")
                    && !word.equalsIgnoreCase("KeepPartState")) {
                warn("ReconfigFlags", "unknown ReconfigFlags value " + word + " is ignored");
            }
        }
    }

    /** The user a key names (root when not given), which must exist on this host. */
    private String user(String key) throws Refused {
        Optional<String> user = value(key);
        if (user.isPresent() && !users.exists(user.get())) {
            throw refused(key, key + " " + user.get() + " is not a user on this host");
        }
        return user.orElse("root");
    }

    /** A log level name (quiet, fatal, error, info, verbose, debug..debug5) or a number. */
    private void logLevel(String key) throws Refused {
        Optional<String> value = value(key);
        if (value.isEmpty() || (!value.get().isEmpty()
                && Character.isDigit(value.get().charAt(0)))) {
            return;
        }
        Set<String> levels = Set.of("quiet", "fatal", "error", "info", "verbose", "debug",
                "debug2", "debug3", "debug4", "debug5");
        if (!levels.contains(value.get().toLowerCase(Locale.ROOT))) {
            throw refused(key, "invalid " + key + " " + value.get());
        }
    }

    /** SlurmctldHost lines, or else the older ControlMachine/BackupController keys. */
    private List<ControllerHost> controllers() throws Refused {
        List<ControllerHost> hosts = new ArrayList<>();
        if (!hostLines.isEmpty()) {
            hostLines.forEach(line -> hosts.add(line.host()));
            for (String old : List.of("ControlMachine", "ControlAddr", "BackupController",
                    "BackupAddr")) {
                if (settings.containsKey(old)) {
                    warn(old, old + " is ignored because SlurmctldHost is set");
                }
            }
        } else {
            String machine = value("ControlMachine")
                    .orElseThrow(() -> refused("ControlMachine", "no SlurmctldHost is set"));
            Optional<String> addr = value("ControlAddr");
            if (addr.isEmpty() && machine.contains(",")) {
                throw refused("ControlMachine",
                        "ControlMachine names several hosts, so ControlAddr must be set");
            }
            hosts.add(new ControllerHost(machine, addr.orElse(machine)));
            Optional<String> backup = value("BackupController");
            Optional<String> backupAddr = value("BackupAddr");
            if (backupAddr.isPresent() && backup.isEmpty()) {
                throw refused("BackupAddr", "BackupAddr is set without BackupController");
            }
            backup.ifPresent(name -> hosts.add(new ControllerHost(name,
                    backupAddr.orElse(name))));
        }

        // LIMIT: SLURM replaces the name "localhost" with this host's short name
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (hosts.get(i).name().equals(hosts.get(j).name())) {
                    ConfLine line = hostLines.isEmpty() ? null : hostLines.get(i).source();
                    throw new Refused(new ConfigProblem(line == null ? file : line.file(),
                            line == null ? 0 : line.line(),
                            "duplicate SlurmctldHost " + hosts.get(i).name()));
                }
            }
        }
        return List.copyOf(hosts);
    }

    private String enforcePartLimits() throws Refused {
        Optional<String> value = value("EnforcePartLimits");
        if (value.isEmpty()) {
            return "NO";
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "yes", "up", "true", "1", "any" -> "ANY";
            case "no", "down", "false", "0" -> "NO";
            case "all" -> "ALL";
            default -> throw refused("EnforcePartLimits",
                    "bad EnforcePartLimits value " + value.get());
        };
    }

    /**
     * FastSchedule is gone; slurmctld warns about FastSchedule=1 and refuses other values
     * (see {@link ControllerCheck}), the clients say nothing.
     */
    private void checkFastSchedule() throws Refused {
        Optional<Long> fastSchedule = number("FastSchedule", ValueType.UINT16);
        if (fastSchedule.isPresent() && fastSchedule.get() == 1) {
            warn("FastSchedule", "the obsolete FastSchedule=1 is ignored;"
                    + " remove it from the configuration");
        }
    }

    /**
     * One port or first-last; SLURM reads it with strtol, so trailing text is refused.
     * LIMIT: SLURM silently truncates ports above 65535; FLURM refuses them.
     */
    private PortRange slurmctldPort() throws Refused {
        Optional<String> value = value("SlurmctldPort");
        if (value.isEmpty()) {
            return new PortRange(DEFAULT_SLURMCTLD_PORT, DEFAULT_SLURMCTLD_PORT);
        }
        Matcher m = PORT_RANGE.matcher(value.get());
        String bad = "invalid SlurmctldPort " + value.get();
        if (!m.matches()) {
            throw refused("SlurmctldPort", bad);
        }
        try {
            long first = Long.parseLong(m.group(1));
            long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
            if (first <= 0 || first > 0xFFFF || last > 0xFFFF
                    || (m.group(2) != null && last <= first)) {
                throw refused("SlurmctldPort", bad);
            }
            return new PortRange((int) first, (int) last);
        } catch (NumberFormatException e) {
            throw refused("SlurmctldPort", bad);
        }
    }
}
