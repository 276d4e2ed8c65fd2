package org.flurm.config.flurm;

/** A host name or IP address with a port, written {@code host:port} or {@code [v6]:port}. */
public record HostPort(String host, int port) {

    public HostPort {
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("bad address " + host + ":" + port);
        }
    }

    /** Parses {@code host:port}, {@code [v6]:port}, or {@code host} with {@code defaultPort}. */
    static HostPort parse(String text, int defaultPort) {
        String host = text;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in " + text);
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("text after ] in " + text);
                }
                port = rest.substring(1);
            }
        } else if (text.indexOf(':') >= 0) {
            if (text.indexOf(':') != text.lastIndexOf(':')) {
                throw new IllegalArgumentException(
                        "IPv6 addresses must be written in brackets: " + text);
            }
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        }
        if (port == null) {
            if (defaultPort <= 0) {
                throw new IllegalArgumentException("no port in " + text);
            }
            return new HostPort(host, defaultPort);
        }
        try {
            return new HostPort(host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + text, e);
        }
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
