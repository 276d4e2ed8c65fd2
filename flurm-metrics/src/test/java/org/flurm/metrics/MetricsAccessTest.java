package org.flurm.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.flurm.config.flurm.FlurmConfParser;
import org.flurm.config.flurm.FlurmConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsAccessTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private final FlurmMetrics metrics = new FlurmMetrics();

    @Test
    void aNonLoopbackAddressWithoutAKeyIsRefused() throws Exception {
        final FlurmConfig config = flurmConf("MetricsAddress=0.0.0.0:9090\n");

        assertThatThrownBy(() -> MetricsServer.start(config, metrics.registry(), () -> true))
                .isInstanceOf(MetricsStartupException.class)
                .hasMessage("MetricsAddress 0.0.0.0:9090 is not a loopback address, and serving"
                        + " metrics beyond this host needs an API key: set MetricsApiKeyFile in"
                        + " flurm.conf to a file (mode 600) holding the key, or set"
                        + " MetricsAddress=127.0.0.1:9090");
    }

    @Test
    void withAKeyRequestsWithoutItAreRefused401() throws Exception {
        try (MetricsServer server = startWithKey()) {
            final HttpResponse<String> metricsResponse = Http.get(server.port(), "/metrics");
            final HttpResponse<String> healthResponse = Http.get(server.port(), "/health");

            assertThat(metricsResponse.statusCode()).isEqualTo(401);
            assertThat(metricsResponse.headers().firstValue("WWW-Authenticate"))
                    .contains("Bearer realm=\"flurm\"");
            assertThat(healthResponse.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withAKeyAWrongKeyIsRefused401() throws Exception {
        try (MetricsServer server = startWithKey()) {
            assertThat(Http.get(server.port(), "/metrics",
                    "Authorization", "Bearer " + KEY.replace('0', '1')).statusCode())
                    .isEqualTo(401);
            assertThat(Http.get(server.port(), "/metrics",
                    "Authorization", "Basic " + KEY).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withAKeyRequestsCarryingItAreServed() throws Exception {
        metrics.security().authenticationFailed();
        try (MetricsServer server = startWithKey()) {
            final HttpResponse<String> metricsResponse = Http.get(server.port(), "/metrics",
                    "Authorization", "Bearer " + KEY);
            final HttpResponse<String> healthResponse = Http.get(server.port(), "/health",
                    "Authorization", "Bearer " + KEY);

            assertThat(metricsResponse.statusCode()).isEqualTo(200);
            assertThat(metricsResponse.body().lines())
                    .contains("flurm_authentication_failures_total 1.0");
            assertThat(healthResponse.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyFileReadableByOthersIsRefused() throws Exception {
        final Path keyFile = keyFile(KEY + "\n", "rw-r--r--");
        final FlurmConfig config = flurmConf("MetricsAddress=0.0.0.0:9090\nMetricsApiKeyFile="
                + keyFile + "\n");

        assertThatThrownBy(() -> MetricsServer.start(config, metrics.registry(), () -> true))
                .isInstanceOf(MetricsStartupException.class)
                .hasMessage("MetricsApiKeyFile " + keyFile + " can be read or written by group"
                        + " or others; fix with: chmod 600 " + keyFile);
    }

    @Test
    void theKeyFileHoldsTheKeyWithoutItsFinalNewline() throws Exception {
        assertThat(ApiKeyFile.read(keyFile(KEY + "\n", "rw-------"))).isEqualTo(KEY);
    }

    @Test
    void aShortKeyIsRefused() throws Exception {
        final Path keyFile = keyFile("secret\n", "r--------");

        assertThatThrownBy(() -> ApiKeyFile.read(keyFile))
                .isInstanceOf(MetricsStartupException.class)
                .hasMessageContaining("shorter than 16 characters");
    }

    private MetricsServer startWithKey() throws Exception {
        return MetricsServer.start(
                new InetSocketAddress(InetAddress.getByAddress(new byte[4]), 0),
                Optional.of(KEY), metrics.registry(), () -> true);
    }

    private FlurmConfig flurmConf(String text) throws Exception {
        final Path file = dir.resolve("flurm.conf");
        Files.writeString(file, text);
        return FlurmConfParser.parse(file);
    }

    private Path keyFile(String content, String mode) throws IOException {
        final Path file = dir.resolve("metrics.key");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
