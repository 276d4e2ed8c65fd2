package org.flurm.config.flurm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * FLURM's own settings, read from flurm.conf beside slurm.conf (docs/flurm.conf.md describes
 * each key). They cover what SLURM has no key for: who administers FLURM, rate limits, the
 * metrics endpoint, TLS, controller replication, job script retention, auditing and which
 * environment variables are secrets.
 *
 * @param administrators user names allowed every operation, as SLURM's AdminLevel=Admin
 * @param operators user names allowed operator actions, as SLURM's AdminLevel=Operator
 * @param submitRateLimit job submissions allowed per user per minute
 * @param requestRateLimit requests of any kind allowed per user per minute
 * @param metricsAddress where the Prometheus and health endpoint listens
 * @param metricsApiKeyFile file holding the key metrics clients must present, if any
 * @param tlsCertificate PEM certificate chain for TLS listeners, if TLS is used
 * @param tlsPrivateKey PEM private key matching {@code tlsCertificate}
 * @param tlsCaCertificate PEM CA bundle that peers' certificates must chain to, if any
 * @param nodeChannelTls whether controller and node daemons talk over TLS
 * @param replicationPeers the other controllers of a replicated controller group
 * @param replicationPort port the replication protocol listens on
 * @param stateDir where the replicated log and snapshots live; empty means a {@code flurm}
 *     folder under slurm.conf's StateSaveLocation
 * @param scriptRetention how long job scripts are kept after their job ends
 * @param auditLog file receiving one line per security event
 * @param secretEnvPatterns glob patterns of environment variable names that are never
 *     stored in plain text nor logged
 * @param secretKeyDir where the per-job keys that seal secret variables are kept; empty
 *     means a {@code flurm-job-keys} folder under slurm.conf's StateSaveLocation. Never
 *     inside {@code stateDir}: the keys must not be replicated or snapshotted with the state
 * @param controllerAddress the address the SlurmctldPort listeners bind to; empty means
 *     every address of the host
 * @param maxUnauthenticatedConnections how many client connections may be open at once
 *     before their request has been read and authenticated
 */
public record FlurmConfig(
        List<String> administrators,
        List<String> operators,
        int submitRateLimit,
        int requestRateLimit,
        HostPort metricsAddress,
        Optional<Path> metricsApiKeyFile,
        Optional<Path> tlsCertificate,
        Optional<Path> tlsPrivateKey,
        Optional<Path> tlsCaCertificate,
        boolean nodeChannelTls,
        List<HostPort> replicationPeers,
        int replicationPort,
        Optional<Path> stateDir,
        Duration scriptRetention,
        Path auditLog,
        List<String> secretEnvPatterns,
        Optional<Path> secretKeyDir,
        Optional<String> controllerAddress,
        int maxUnauthenticatedConnections) {

    /** Default ReplicationPort: clear of SLURM's 6817-6819 and of a short SlurmctldPort range. */
    public static final int DEFAULT_REPLICATION_PORT = 6825;

    /** Default MaxUnauthenticatedConnections: far above what clients open at once. */
    public static final int DEFAULT_MAX_UNAUTHENTICATED_CONNECTIONS = 256;

    public FlurmConfig {
        administrators = List.copyOf(administrators);
        operators = List.copyOf(operators);
        replicationPeers = List.copyOf(replicationPeers);
        secretEnvPatterns = List.copyOf(secretEnvPatterns);
    }

    /** The settings FLURM uses when flurm.conf is missing or names none of them. */
    public static FlurmConfig defaults() {
        return new FlurmConfig(List.of(), List.of(), 100, 1000,
                new HostPort("127.0.0.1", 9090), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, List.of(), DEFAULT_REPLICATION_PORT,
                Optional.empty(), Duration.ofDays(7), Path.of("/var/log/flurm/audit.log"),
                List.of("FLURM_SECRET_*"), Optional.empty(), Optional.empty(),
                DEFAULT_MAX_UNAUTHENTICATED_CONNECTIONS);
    }
}
