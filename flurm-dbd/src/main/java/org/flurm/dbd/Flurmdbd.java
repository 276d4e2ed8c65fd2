package org.flurm.dbd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.dbd.server.DbdServer;
import org.flurm.dbd.server.Passwd;
import org.flurm.dbd.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * flurmdbd, the accounting daemon in slurmdbd's place: reads slurmdbd.conf from slurm.conf's
 * directory, opens the accounting database and serves sacct, sacctmgr and the controller on
 * DbdPort.
 */
public final class Flurmdbd implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Flurmdbd.class);

    private final Storage storage;
    private final DbdServer server;

    private Flurmdbd(Storage storage, DbdServer server) {
        this.storage = storage;
        this.server = server;
    }

    /** Opens the storage and the listening socket that {@code config} describes. */
    public static Flurmdbd start(DbdConfig config) throws IOException {
        if (!config.storageType().endsWith("/embedded")
                && !config.storageType().endsWith("/h2")) {
            // LIMIT: only the embedded H2 storage is implemented
            LOG.warn("dbd: StorageType={} is not implemented; using the embedded database in {}",
                    config.storageType(), config.storageDir());
        }
        final Storage storage = Storage.embedded(config.storageDir());
        final Munge munge = config.authInfo() == null ? Munge.withDefaults()
                : Munge.fromAuthInfo(config.authInfo());
        try {
            final DbdServer server = new DbdServer(config.dbdAddr(), config.dbdPort(), storage,
                    new MessageAuthenticator(munge, HashPolicy.DEFAULT), config.slurmUser(),
                    Passwd.system());
            return new Flurmdbd(storage, server);
        } catch (IOException | RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** Serves connections on the calling thread until {@link #close}. */
    public void serve() {
        server.serve();
    }

    /** Serves on a background thread. */
    public Flurmdbd serveInBackground() {
        Thread.ofPlatform().name("flurmdbd-accept").daemon().start(server::serve);
        return this;
    }

    @Override
    public void close() throws IOException {
        server.close();
        storage.close();
    }

    /** Where slurmdbd.conf is: beside the slurm.conf SLURM_CONF names, else /etc/slurm. */
    public static Path configFile(Map<String, String> env) {
        final String slurmConf = env.getOrDefault("SLURM_CONF", "/etc/slurm/slurm.conf");
        return DbdConfig.beside(Path.of(slurmConf));
    }

    /**
     * {@code flurmdbd [-D] [-v...]}: -D stays in the foreground (flurmdbd never forks, so
     * it is accepted and changes nothing); -v raises the log level through the launcher.
     */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            if (!arg.equals("-D") && !arg.matches("-v+")) {
                System.err.println("flurmdbd: unknown option " + arg + "; usage: flurmdbd"
                        + " [-D] [-v...]");
                System.exit(1);
            }
        }
        final Path file = configFile(System.getenv());
        final DbdConfig config = DbdConfig.read(file);
        try (Flurmdbd dbd = start(config)) {
            LOG.info("dbd: {} read, serving on port {}", file, dbd.port());
            dbd.serve();
        }
    }
}
