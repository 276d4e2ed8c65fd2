package org.flurm.metrics;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Admits HTTP requests that carry the metrics API key as {@code Authorization: Bearer <key>}
 * and answers 401 to the rest. The key is compared in constant time.
 */
final class BearerKeyAuthenticator extends Authenticator {

    private static final String SCHEME = "Bearer ";

    private final byte[] key;

    BearerKeyAuthenticator(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Result authenticate(HttpExchange exchange) {
        final String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            final byte[] presented = header.substring(SCHEME.length()).strip()
                    .getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(presented, key)) {
                return new Success(new HttpPrincipal("metrics", "flurm"));
            }
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"flurm\"");
        return new Failure(401);
    }
}
