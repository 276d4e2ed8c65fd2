package org.flurm.config.slurm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    private final Path file;
    private final Map<String, Setting> settings;
    private final List<SlurmConfParser.HostLine> hostLines;
    private final List<ConfigProblem> warnings;

    SettingsCheck(Path file, Map<String, Setting> settings,
            List<SlurmConfParser.HostLine> hostLines, List<ConfigProblem> warnings) {
        this.file = file;
        this.settings = settings;
        this.hostLines = hostLines;
        this.warnings = warnings;
    }

    SlurmConfig build(List<ConfigProblem> parseProblems, List<NodeDefinition> nodes,
            List<NodeSetDefinition> nodeSets, List<PartitionDefinition> partitions,
            List<DownNodesDefinition> downNodes) throws Refused {
        String clusterName = value("ClusterName").filter(name -> !name.isEmpty())
                .orElseThrow(() -> refused("ClusterName", "ClusterName must be set"))
                .toLowerCase(Locale.ROOT);
        List<ControllerHost> controllers = controllers();

        String enforcePartLimits = enforcePartLimits();
        checkFastSchedule();
        long firstJobId = number("FirstJobId", ValueType.UINT32).orElse(1L);
        if (firstJobId == 0) {
            throw refused("FirstJobId", "FirstJobId cannot be zero");
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

        // keys SLURM 22.05 refuses by name
        removed("AccountingStorageLoc", "it is safe to remove it");
        removed("AccountingStoreJobComment", "use AccountingStoreFlags=job_comment instead");
        time("PreemptExemptTime", false);
        time("PriorityDecayHalfLife", false);
        time("PriorityCalcPeriod", true);
        time("PriorityMaxAge", false);
        removed("SallocDefaultCommand",
                "consider LaunchParameters=use_interactive_step instead");

        PortRange slurmctldPort = slurmctldPort();
        // LIMIT: plugin names, DebugFlags, PrologFlags, PrivateData words, TaskPluginParam and
        // the users named by SlurmUser/SlurmdUser are not checked; SLURM refuses bad ones.

        return new SlurmConfig(file, clusterName, controllers, slurmctldPort,
                (int) number("SlurmdPort", ValueType.UINT32).orElse(
                        (long) DEFAULT_SLURMD_PORT).longValue(),
                value("SlurmUser").orElse("root"), value("SlurmdUser").orElse("root"),
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

    private void time(String key, boolean atLeastOneMinute) throws Refused {
        Optional<String> value = value(key);
        if (value.isEmpty()) {
            return;
        }
        try {
            long minutes = SlurmValues.minutes(key, value.get());
            if (atLeastOneMinute && (minutes < 1 || minutes == SlurmValues.INFINITE)) {
                throw refused(key, "bad value \"" + value.get() + "\" for " + key);
            }
        } catch (BadValueException e) {
            throw refused(key, e.getMessage());
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

    /** One port or first-last; SLURM reads it with strtol, so trailing text is refused. */
    private PortRange slurmctldPort() throws Refused {
        Optional<String> value = value("SlurmctldPort");
        if (value.isEmpty()) {
            return new PortRange(DEFAULT_SLURMCTLD_PORT, DEFAULT_SLURMCTLD_PORT);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*([+-]?\\d+)(?:-\\s*([+-]?\\d+).*)?").matcher(value.get());
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
