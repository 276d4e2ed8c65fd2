package org.flurm.config.flurm;

/**
 * The keys of flurm.conf, spelt as written in the file (matched in any case). Each is
 * described, with its default, in docs/flurm.conf.md and on {@link FlurmConfig}.
 */
public enum FlurmConfKey {
    Administrators,
    Operators,
    SubmitRateLimit,
    RequestRateLimit,
    MetricsAddress,
    MetricsApiKeyFile,
    TlsCertificate,
    TlsPrivateKey,
    TlsCaCertificate,
    NodeChannelTls,
    ReplicationPeers,
    ReplicationPort,
    StateDir,
    ScriptRetention,
    AuditLog,
    SecretEnvPatterns,
    SecretKeyDir,
    ControllerAddress,
    MaxUnauthenticatedConnections
}
