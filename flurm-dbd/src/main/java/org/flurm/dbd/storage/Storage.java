package org.flurm.dbd.storage;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounting database: a JDBC pool whose schema Flyway brings to the current version at
 * start. The embedded default is H2 in a directory (docs/accounting.md says why); another
 * JDBC URL (PostgreSQL, MariaDB) plugs in through {@link #open(String, String, String)}.
 */
public final class Storage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final HikariDataSource pool;

    private Storage(HikariDataSource pool) {
        this.pool = pool;
    }

    /** The embedded database in {@code dir}, created when missing. */
    public static Storage embedded(Path dir) {
        // WRITE_DELAY=0: a commit reaches the file before it returns, so kill -9 loses nothing
        final String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("flurmdbd")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=30000";
        return open(url, null, null);
    }

    /**
     * A database at a JDBC URL, migrated to the current schema.
     *
     * <p>LIMIT: only H2 is tested; PostgreSQL and MariaDB need their driver and Flyway module
     * on the class path and have never run against this schema.
     */
    public static Storage open(String url, String user, String password) {
        final HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(false);
        // LIMIT: every client connection holds one database connection while it is open, so
        // more than this many at once wait (and fail after 30 s)
        config.setMaximumPoolSize(64);
        config.setMinimumIdle(2);
        config.setPoolName("flurmdbd");
        final HikariDataSource pool = new HikariDataSource(config);
        try {
            final var result = Flyway.configure().dataSource(pool)
                    .locations("classpath:org/flurm/dbd/storage/migration").load().migrate();
            LOG.info("storage: schema at version {} ({} migrations applied)",
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Storage(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A session with its own transaction, for one client connection. */
    public AccountingSession session() throws SQLException {
        return new AccountingSession(pool.getConnection());
    }

    @Override
    public void close() {
        pool.close();
    }
}
