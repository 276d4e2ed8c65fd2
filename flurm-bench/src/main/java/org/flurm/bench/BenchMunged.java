package org.flurm.bench;

import java.nio.file.Path;

import org.flurm.auth.munge.Munge;
import org.flurm.auth.testing.MungedProcess;

/**
 * The munged a benchmark talks to: the one whose socket the system property
 * {@code flurm.bench.munge.socket} names, or else a private one started for the run.
 */
final class BenchMunged implements AutoCloseable {

    static final String SOCKET_PROPERTY = "flurm.bench.munge.socket";

    private final MungedProcess started;
    private final Path socket;

    private BenchMunged(MungedProcess started, Path socket) {
        this.started = started;
        this.socket = socket;
    }

    static BenchMunged open() {
        final String given = System.getProperty(SOCKET_PROPERTY);
        if (given != null && !given.isBlank()) {
            return new BenchMunged(null, Path.of(given));
        }
        final MungedProcess munged = MungedProcess.start();
        return new BenchMunged(munged, munged.socket());
    }

    Munge munge() {
        return new Munge(socket, Munge.DEFAULT_TTL);
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
