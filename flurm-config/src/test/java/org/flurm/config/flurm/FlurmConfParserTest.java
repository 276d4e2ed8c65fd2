package org.flurm.config.flurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flurm.conf: defaults, every key, and refusals naming file and line. */
class FlurmConfParserTest {

    @TempDir
    Path dir;

    private FlurmConfig parse(String content) throws IOException, ConfigException {
        Path file = dir.resolve("flurm.conf");
        Files.writeString(file, content);
        return FlurmConfParser.parse(file);
    }

    private List<String> refusals(String content) throws IOException {
        Path file = dir.resolve("flurm.conf");
        Files.writeString(file, content);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> FlurmConfParser.parse(file));
        return e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
    }

    @Test
    void missingFileGivesTheDefaults() throws ConfigException {
        assertThat(FlurmConfParser.parse(dir.resolve("absent.conf")))
                .isEqualTo(FlurmConfig.defaults());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        FlurmConfig d = FlurmConfig.defaults();

        assertThat(d.administrators()).isEmpty();
        assertThat(d.operators()).isEmpty();
        assertThat(d.submitRateLimit()).isEqualTo(100);
        assertThat(d.requestRateLimit()).isEqualTo(1000);
        assertThat(d.metricsAddress()).isEqualTo(new HostPort("127.0.0.1", 9090));
        assertThat(d.metricsApiKeyFile()).isEmpty();
        assertThat(d.tlsCertificate()).isEmpty();
        assertThat(d.nodeChannelTls()).isFalse();
        assertThat(d.replicationPeers()).isEmpty();
        assertThat(d.replicationPort()).isEqualTo(6825);
        assertThat(d.stateDir()).isEmpty();
        assertThat(d.scriptRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(d.auditLog()).isEqualTo(Path.of("/var/log/flurm/audit.log"));
        assertThat(d.secretEnvPatterns()).containsExactly("FLURM_SECRET_*");
        assertThat(d.secretKeyDir()).isEmpty();
        assertThat(d.controllerAddress()).isEmpty();
        assertThat(d.maxUnauthenticatedConnections()).isEqualTo(256);
    }

    @Test
    void commentOnlyFileGivesTheDefaults() throws Exception {
        assertThat(parse("# nothing set\n\n")).isEqualTo(FlurmConfig.defaults());
    }

    @Test
    void everyKeyIsRead() throws Exception {
        FlurmConfig c = parse("""
                Administrators=alice,bob
                Operators=carol
                SubmitRateLimit=20
                RequestRateLimit=300
                MetricsAddress=0.0.0.0:9100
                MetricsApiKeyFile=/etc/flurm/metrics.key
                TlsCertificate=/etc/flurm/tls.crt
                TlsPrivateKey=/etc/flurm/tls.key
                TlsCaCertificate=/etc/flurm/ca.crt
                NodeChannelTls=yes
                ReplicationPeers=ctl2,ctl3:7000,[fd00::3]:7001
                ReplicationPort=6900
                StateDir=/var/lib/flurm
                ScriptRetention=2-12
                AuditLog=/var/log/flurm/security.log
                SecretEnvPatterns=FLURM_SECRET_*,*_TOKEN
                SecretKeyDir=/var/lib/flurm-job-keys
                ControllerAddress=10.1.0.5
                MaxUnauthenticatedConnections=64
                """);

        assertThat(c.administrators()).containsExactly("alice", "bob");
        assertThat(c.operators()).containsExactly("carol");
        assertThat(c.submitRateLimit()).isEqualTo(20);
        assertThat(c.requestRateLimit()).isEqualTo(300);
        assertThat(c.metricsAddress()).isEqualTo(new HostPort("0.0.0.0", 9100));
        assertThat(c.metricsApiKeyFile()).contains(Path.of("/etc/flurm/metrics.key"));
        assertThat(c.tlsCertificate()).contains(Path.of("/etc/flurm/tls.crt"));
        assertThat(c.tlsPrivateKey()).contains(Path.of("/etc/flurm/tls.key"));
        assertThat(c.tlsCaCertificate()).contains(Path.of("/etc/flurm/ca.crt"));
        assertThat(c.nodeChannelTls()).isTrue();
        assertThat(c.replicationPeers()).containsExactly(new HostPort("ctl2", 6900),
                new HostPort("ctl3", 7000), new HostPort("fd00::3", 7001));
        assertThat(c.replicationPort()).isEqualTo(6900);
        assertThat(c.stateDir()).isEqualTo(Optional.of(Path.of("/var/lib/flurm")));
        assertThat(c.scriptRetention()).isEqualTo(Duration.ofHours(60));
        assertThat(c.auditLog()).isEqualTo(Path.of("/var/log/flurm/security.log"));
        assertThat(c.secretEnvPatterns()).containsExactly("FLURM_SECRET_*", "*_TOKEN");
        assertThat(c.secretKeyDir()).contains(Path.of("/var/lib/flurm-job-keys"));
        assertThat(c.controllerAddress()).contains("10.1.0.5");
        assertThat(c.maxUnauthenticatedConnections()).isEqualTo(64);
    }

    @Test
    void controllerAddressTakesIpv6InOrOutOfBracketsButNoPort() throws Exception {
        assertThat(parse("ControllerAddress=[fd00::5]\n").controllerAddress())
                .contains("fd00::5");
        assertThat(parse("ControllerAddress=fd00::5\n").controllerAddress()).contains("fd00::5");
        assertThat(refusals("ControllerAddress=ctl1:6817\nMaxUnauthenticatedConnections=0\n"))
                .containsExactly("1 ControllerAddress: \"ctl1:6817\" is not a host name or"
                        + " address (the port is slurm.conf's SlurmctldPort)",
                        "2 MaxUnauthenticatedConnections: must be at least 1, not 0");
    }

    @Test
    void secretKeyDirInsideTheReplicatedStateDirIsRefused() throws IOException {
        assertThat(refusals("SecretKeyDir=/var/lib/flurm/keys\nStateDir=/var/lib/flurm\n"))
                .containsExactly("1 SecretKeyDir must not be inside StateDir, which is replicated");
    }

    @Test
    void keysMatchInAnyCaseWithSlurmConfSyntax() throws Exception {
        FlurmConfig c = parse("submitratelimit = 5   # per user\nADMINISTRATORS=\"root\"\n");

        assertThat(c.submitRateLimit()).isEqualTo(5);
        assertThat(c.administrators()).containsExactly("root");
    }

    @Test
    void unknownKeyIsRefusedWithFileAndLine() throws IOException {
        Path file = dir.resolve("flurm.conf");
        Files.writeString(file, "# flurm\nSubmitRateLimit=5\nMaxJobs=3\n");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> FlurmConfParser.parse(file));

        assertThat(e.problems())
                .containsExactly(new ConfigProblem(file, 3, "unrecognized key: MaxJobs"));
        assertThat(e.getMessage()).isEqualTo(file + ":3: unrecognized key: MaxJobs");
    }

    @Test
    void slurmConfKeyIsNotAFlurmConfKey() throws IOException {
        assertThat(refusals("ClusterName=c\n")).containsExactly("1 unrecognized key: ClusterName");
    }

    @Test
    void badValuesAreRefusedOnTheirLines() throws IOException {
        assertThat(refusals("SubmitRateLimit=0\nMetricsAddress=localhost\n"
                + "AuditLog=audit.log\nNodeChannelTls=maybe\nScriptRetention=forever\n"
                + "ReplicationPort=70000\n")).containsExactly(
                "1 SubmitRateLimit: must be at least 1, not 0",
                "2 MetricsAddress: no port in localhost",
                "3 AuditLog: path audit.log is not absolute",
                "4 NodeChannelTls: \"maybe\" is not yes or no",
                "5 ScriptRetention: bad time value \"forever\" for ScriptRetention",
                "6 ReplicationPort: port 70000 is above 65535");
    }

    @Test
    void twoPairsOnALineAreRefused() throws IOException {
        assertThat(refusals("SubmitRateLimit=5 RequestRateLimit=6\n"))
                .containsExactly("1 cannot parse \" RequestRateLimit=6\"");
    }

    @Test
    void certificateWithoutKeyIsRefused() throws IOException {
        assertThat(refusals("TlsCertificate=/etc/flurm/tls.crt\n")).containsExactly(
                "1 TlsCertificate and TlsPrivateKey must be given together");
    }

    @Test
    void tlsToNodesWithoutACertificateIsRefused() throws IOException {
        assertThat(refusals("NodeChannelTls=yes\n")).containsExactly(
                "1 NodeChannelTls=yes needs TlsCertificate and TlsPrivateKey");
    }
}
