package org.flurm.metrics;

import com.sun.net.httpserver.HttpExchange;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.flurm.config.flurm.FlurmConfig;
import org.flurm.config.flurm.HostPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemons' HTTP endpoint for operators: Prometheus text at {@code /metrics} and a health
 * check at {@code /health} (200 "ok" while the daemon is healthy, 503 otherwise), on the
 * Prometheus Java client's HTTP server.
 *
 * <p>It binds to MetricsAddress, 127.0.0.1:9090 by default. An address other than loopback
 * would expose cluster details to the network, so it is accepted only with an API key
 * (MetricsApiKeyFile); with a key, every path answers 401 unless the request carries
 * {@code Authorization: Bearer <key>}.
 *
 * <p>LIMIT: plain HTTP only; the key crosses the network in clear unless a TLS proxy sits in
 * front.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private final HTTPServer server;

    private MetricsServer(HTTPServer server) {
        this.server = server;
    }

    /**
     * Starts the endpoint flurm.conf describes.
     *
     * @param healthy whether {@code /health} reports the daemon healthy
     * @throws MetricsStartupException when the address is not loopback and no key is set, the
     *     key file is unsafe or unreadable, or the address cannot be bound
     */
    public static MetricsServer start(FlurmConfig config, PrometheusRegistry registry,
                                      BooleanSupplier healthy) throws MetricsStartupException {
        final HostPort address = config.metricsAddress();
        final Optional<String> key = config.metricsApiKeyFile().isPresent()
                ? Optional.of(ApiKeyFile.read(config.metricsApiKeyFile().get()))
                : Optional.empty();
        final InetAddress host;
        try {
            host = InetAddress.getByName(address.host());
        } catch (UnknownHostException e) {
            throw new MetricsStartupException("MetricsAddress " + address
                    + ": unknown host " + address.host(), e);
        }
        return start(new InetSocketAddress(host, address.port()), key, registry, healthy);
    }

    /**
     * Starts an endpoint on {@code bind} (port 0 picks a free port).
     *
     * @param apiKey the key requests must carry; required unless {@code bind} is loopback
     */
    public static MetricsServer start(InetSocketAddress bind, Optional<String> apiKey,
                                      PrometheusRegistry registry, BooleanSupplier healthy)
            throws MetricsStartupException {
        if (!bind.getAddress().isLoopbackAddress() && apiKey.isEmpty()) {
            throw new MetricsStartupException("MetricsAddress " + describe(bind)
                    + " is not a loopback address, and serving metrics beyond this host needs"
                    + " an API key: set MetricsApiKeyFile in flurm.conf to a file (mode 600)"
                    + " holding the key, or set MetricsAddress=127.0.0.1:" + bind.getPort());
        }
        try {
            final HTTPServer.Builder builder = HTTPServer.builder()
                    .inetAddress(bind.getAddress())
                    .port(bind.getPort())
                    .registry(registry)
                    .defaultHandler(exchange -> answerDefault(exchange, healthy));
            apiKey.ifPresent(key -> builder.authenticator(new BearerKeyAuthenticator(key)));
            final HTTPServer server = builder.buildAndStart();
            LOG.info("metrics: serving on {}:{}{}", bind.getAddress().getHostAddress(),
                    server.getPort(), apiKey.isPresent() ? " (API key required)" : "");
            return new MetricsServer(server);
        } catch (IOException e) {
            throw new MetricsStartupException("cannot listen on MetricsAddress "
                    + describe(bind) + ": " + e.getMessage(), e);
        }
    }

    /** The port actually bound. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }

    /** {@code /health}; any other path outside {@code /metrics} is not found. */
    private static void answerDefault(HttpExchange exchange, BooleanSupplier healthy)
            throws IOException {
        try (exchange) {
            final String path = exchange.getRequestURI().getPath();
            if (path.equals("/health")) {
                final boolean ok = healthy.getAsBoolean();
                reply(exchange, ok ? 200 : 503, ok ? "ok\n" : "unavailable\n");
            } else {
                reply(exchange, 404, "not found; try /metrics or /health\n");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body)
            throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String describe(InetSocketAddress bind) {
        final String host = bind.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + bind.getPort();
    }
}
