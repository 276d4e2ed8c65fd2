package org.flurm.config.flurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flurm.config.slurm.BadValueException;
import org.flurm.config.slurm.ConfFileReader;
import org.flurm.config.slurm.ConfLine;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.flurm.config.slurm.KeyValue;
import org.flurm.config.slurm.SlurmValues;

/**
 * Reads flurm.conf: slurm.conf's syntax (comments, continuation lines, quotes, keys in any
 * case), one {@code Key=Value} per line, only the keys of {@link FlurmConfKey}. A missing
 * file gives {@link FlurmConfig#defaults()}; anything else wrong is a {@link ConfigException}
 * naming file and line.
 */
public final class FlurmConfParser {

    private static final Map<String, FlurmConfKey> KEYS = Arrays.stream(FlurmConfKey.values())
            .collect(Collectors.toMap(k -> k.name().toLowerCase(Locale.ROOT),
                    Function.identity()));

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<FlurmConfKey, ConfLine> seen = new java.util.EnumMap<>(FlurmConfKey.class);
    private final Settings settings = new Settings();

    private FlurmConfParser() {
    }

    /** Reads {@code file}, or returns the defaults when there is no such file. */
    public static FlurmConfig parse(Path file) throws ConfigException {
        if (!Files.exists(file)) {
            return FlurmConfig.defaults();
        }
        List<ConfLine> lines;
        try {
            lines = ConfFileReader.read(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(
                    new ConfigProblem(file, 0, "cannot read file: " + e.getMessage())));
        }
        FlurmConfParser parser = new FlurmConfParser();
        lines.forEach(parser::readLine);
        FlurmConfig config = parser.settings.build();
        parser.checkTls(config);
        parser.checkSecretKeyDir(config);
        if (!parser.problems.isEmpty()) {
            throw new ConfigException(parser.problems);
        }
        return config;
    }

    private void readLine(ConfLine line) {
        Optional<KeyValue> pair = KeyValue.scan(line.text(), 0);
        if (pair.isEmpty()) {
            if (!line.text().isBlank()) {
                problem(line, "cannot parse \"" + line.textFrom(0) + "\"");
            }
            return;
        }
        FlurmConfKey key = KEYS.get(pair.get().key().toLowerCase(Locale.ROOT));
        if (key == null) {
            problem(line, "unrecognized key: " + pair.get().key());
            return;
        }
        if (!line.text().substring(pair.get().end()).isBlank()) {
            problem(line, "cannot parse \"" + line.textFrom(pair.get().end()) + "\"");
            return;
        }
        try {
            settings.set(key, pair.get().value());
            seen.put(key, line);
        } catch (IllegalArgumentException | BadValueException e) {
            problem(line, key.name() + ": " + e.getMessage());
        }
    }

    private void problem(ConfLine line, String message) {
        problems.add(new ConfigProblem(line.file(), line.line(), message));
    }

    /** A certificate needs its key; TLS to node daemons needs both. */
    private void checkTls(FlurmConfig config) {
        if (config.tlsCertificate().isPresent() != config.tlsPrivateKey().isPresent()) {
            FlurmConfKey given = config.tlsCertificate().isPresent()
                    ? FlurmConfKey.TlsCertificate : FlurmConfKey.TlsPrivateKey;
            ConfLine line = seen.get(given);
            problem(line, "TlsCertificate and TlsPrivateKey must be given together");
        }
        if (config.nodeChannelTls() && config.tlsCertificate().isEmpty()) {
            problem(seen.get(FlurmConfKey.NodeChannelTls),
                    "NodeChannelTls=yes needs TlsCertificate and TlsPrivateKey");
        }
    }

    /** Keys inside the state directory would travel with the replicated state. */
    private void checkSecretKeyDir(FlurmConfig config) {
        if (config.secretKeyDir().isPresent() && config.stateDir().isPresent()
                && config.secretKeyDir().get().normalize()
                        .startsWith(config.stateDir().get().normalize())) {
            problem(seen.get(FlurmConfKey.SecretKeyDir),
                    "SecretKeyDir must not be inside StateDir, which is replicated");
        }
    }

    /** The settings read so far; starts at the defaults. */
    private static final class Settings {
        private final FlurmConfig d = FlurmConfig.defaults();
        private List<String> administrators = d.administrators();
        private List<String> operators = d.operators();
        private int submitRateLimit = d.submitRateLimit();
        private int requestRateLimit = d.requestRateLimit();
        private HostPort metricsAddress = d.metricsAddress();
        private Optional<Path> metricsApiKeyFile = d.metricsApiKeyFile();
        private Optional<Path> tlsCertificate = d.tlsCertificate();
        private Optional<Path> tlsPrivateKey = d.tlsPrivateKey();
        private Optional<Path> tlsCaCertificate = d.tlsCaCertificate();
        private boolean nodeChannelTls = d.nodeChannelTls();
        private List<String> replicationPeers = List.of();
        private int replicationPort = d.replicationPort();
        private Optional<Path> stateDir = d.stateDir();
        private Duration scriptRetention = d.scriptRetention();
        private Path auditLog = d.auditLog();
        private List<String> secretEnvPatterns = d.secretEnvPatterns();
        private Optional<Path> secretKeyDir = d.secretKeyDir();
        private Optional<String> controllerAddress = d.controllerAddress();
        private int maxUnauthenticatedConnections = d.maxUnauthenticatedConnections();

        void set(FlurmConfKey key, String value) throws BadValueException {
            switch (key) {
                case Administrators -> administrators = names(value);
                case Operators -> operators = names(value);
                case SubmitRateLimit -> submitRateLimit = positive(value);
                case RequestRateLimit -> requestRateLimit = positive(value);
                case MetricsAddress -> metricsAddress = HostPort.parse(value, 0);
                case MetricsApiKeyFile -> metricsApiKeyFile = Optional.of(absolute(value));
                case TlsCertificate -> tlsCertificate = Optional.of(absolute(value));
                case TlsPrivateKey -> tlsPrivateKey = Optional.of(absolute(value));
                case TlsCaCertificate -> tlsCaCertificate = Optional.of(absolute(value));
                case NodeChannelTls -> nodeChannelTls = yesNo(value);
                case ReplicationPeers -> {
                    replicationPeers = names(value);
                    replicationPeers.forEach(peer -> HostPort.parse(peer, 1));
                }
                case ReplicationPort -> replicationPort = port(value);
                case StateDir -> stateDir = Optional.of(absolute(value));
                case ScriptRetention -> scriptRetention = retention(value);
                case AuditLog -> auditLog = absolute(value);
                case SecretEnvPatterns -> secretEnvPatterns = names(value);
                case SecretKeyDir -> secretKeyDir = Optional.of(absolute(value));
                case ControllerAddress -> controllerAddress = Optional.of(address(value));
                case MaxUnauthenticatedConnections ->
                        maxUnauthenticatedConnections = positive(value);
            }
        }

        /** Peers without a port get ReplicationPort, wherever that key stands in the file. */
        FlurmConfig build() {
            return new FlurmConfig(administrators, operators, submitRateLimit,
                    requestRateLimit, metricsAddress, metricsApiKeyFile, tlsCertificate,
                    tlsPrivateKey, tlsCaCertificate, nodeChannelTls,
                    replicationPeers.stream()
                            .map(peer -> HostPort.parse(peer, replicationPort)).toList(),
                    replicationPort, stateDir, scriptRetention, auditLog, secretEnvPatterns,
                    secretKeyDir, controllerAddress, maxUnauthenticatedConnections);
        }
    }

    private static List<String> names(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty list");
        }
        return names;
    }

    private static int positive(String value) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a whole number", e);
        }
        if (number < 1) {
            throw new IllegalArgumentException("must be at least 1, not " + value);
        }
        return number;
    }

    /** A bare host name or address; a port belongs in slurm.conf's SlurmctldPort. */
    private static String address(String value) {
        final String host = value.startsWith("[") && value.endsWith("]")
                ? value.substring(1, value.length() - 1) : value;
        if (host.isEmpty() || host.contains(" ")
                || (host.contains(":") && !value.startsWith("[") && host.indexOf(':') == host
                        .lastIndexOf(':'))) {
            throw new IllegalArgumentException("\"" + value + "\" is not a host name or"
                    + " address (the port is slurm.conf's SlurmctldPort)");
        }
        return host;
    }

    private static int port(String value) {
        int port = positive(value);
        if (port > 65535) {
            throw new IllegalArgumentException("port " + value + " is above 65535");
        }
        return port;
    }

    private static Path absolute(String value) {
        Path path = Path.of(value);
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("path " + value + " is not absolute");
        }
        return path;
    }

    private static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new IllegalArgumentException("\"" + value + "\" is not yes or no");
        };
    }

    private static Duration retention(String value) throws BadValueException {
        long minutes = SlurmValues.minutes("ScriptRetention", value);
        if (minutes == SlurmValues.INFINITE) {
            throw new IllegalArgumentException("must be a finite time");
        }
        return Duration.ofMinutes(minutes);
    }
}
