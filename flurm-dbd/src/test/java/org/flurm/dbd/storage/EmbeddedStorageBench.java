package org.flurm.dbd.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The measurement behind the choice of the embedded database (docs/accounting.md): H2 against
 * SQLite for what flurmdbd does, many connections each committing small job-record writes,
 * and what is left after the process is killed with SIGKILL in the middle of writing.
 *
 * <p>Not a unit test (it takes about a minute and its numbers depend on the machine). Run it
 * with the test class path: {@code java -cp ... org.flurm.dbd.storage.EmbeddedStorageBench DIR}.
 */
public final class EmbeddedStorageBench {

    private static final int ROWS_PER_WRITER = 400;

    private EmbeddedStorageBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("writer")) {
            writeUntilKilled(args[1], args[2]);
            return;
        }
        final Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/flurm-storage-bench");
        Files.createDirectories(dir);
        final String[] kinds = args.length > 1 ? args[1].split(",")
                : new String[] {"h2", "h2-wd0", "sqlite", "sqlite-normal"};
        for (String kind : kinds) {
            for (int writers : new int[] {1, 4, 16}) {
                concurrentWriters(kind, dir, writers);
            }
            writeBesideAnOpenTransaction(kind, dir);
            for (int round = 0; round < Integer.getInteger("rounds", 5); round++) {
                killedWriter(kind, dir, round);
            }
        }
    }

    static String url(String kind, Path dir, String name) {
        return switch (kind) {
            case "h2" -> "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
            // every commit is handed to the operating system before it returns
            case "h2-wd0" -> "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath()
                    + ";WRITE_DELAY=0";
            case "sqlite" -> "jdbc:sqlite:" + dir.resolve(name + ".sqlite").toAbsolutePath();
            case "sqlite-normal" -> "jdbc:sqlite:" + dir.resolve(name + ".sqlite")
                    .toAbsolutePath() + "?synchronous=NORMAL";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Connection open(String url) throws SQLException {
        final Connection c = DriverManager.getConnection(url);
        if (url.startsWith("jdbc:sqlite:")) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                if (!url.contains("synchronous=NORMAL")) {
                    s.execute("PRAGMA synchronous=FULL");
                } else {
                    s.execute("PRAGMA synchronous=NORMAL");
                }
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
        return c;
    }

    static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS job (id BIGINT PRIMARY KEY, writer INT,"
                    + " name VARCHAR(64), state INT, submit_time BIGINT)");
        }
    }

    private static void concurrentWriters(String kind, Path dir, int writers) throws Exception {
        final String url = url(kind, dir, kind + "-conc-" + writers);
        try (Connection c = open(url)) {
            createTable(c);
        }
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger ids = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();
        final long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            final int writer = w;
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = open(url)) {
                    for (int i = 0; i < ROWS_PER_WRITER; i++) {
                        try (PreparedStatement p = c.prepareStatement(
                                "INSERT INTO job VALUES (?, ?, ?, ?, ?)")) {
                            p.setLong(1, ids.incrementAndGet());
                            p.setInt(2, writer);
                            p.setString(3, "job" + i);
                            p.setInt(4, 1);
                            p.setLong(5, System.currentTimeMillis());
                            p.executeUpdate();
                        } catch (SQLException e) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    failures.addAndGet(ROWS_PER_WRITER);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        final double seconds = (System.nanoTime() - start) / 1e9;
        final int rows;
        try (Connection c = open(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM job")) {
            r.next();
            rows = r.getInt(1);
        }
        System.out.printf("%-6s writers=%2d rows=%5d failed=%d %.2fs %.0f commits/s%n", kind,
                writers, rows, failures.get(), seconds, rows / seconds);
    }

    /**
     * What a sacctmgr session does to the controller: one connection holds an uncommitted
     * write (sacctmgr waits for DBD_FINI, up to 30 s at its prompt) while another commits a
     * job record. Prints how long the second commit took.
     */
    private static void writeBesideAnOpenTransaction(String kind, Path dir) throws Exception {
        final String url = url(kind, dir, kind + "-held");
        try (Connection holder = open(url); Connection other = open(url)) {
            createTable(holder);
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("INSERT INTO job VALUES (1, 0, 'held', 1, 0)");
            }
            final long start = System.nanoTime();
            String outcome = "committed";
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = other.createStatement()) {
                    s.execute("PRAGMA busy_timeout=3000");
                }
            }
            try (Statement s = other.createStatement()) {
                s.execute("INSERT INTO job VALUES (2, 1, 'job', 1, 0)");
            } catch (SQLException e) {
                outcome = "failed: " + e.getMessage();
            }
            final double ms = (System.nanoTime() - start) / 1e6;
            holder.rollback();
            System.out.printf("%-6s commit beside an open write transaction: %s after %.0fms%n",
                    kind, outcome, ms);
        }
    }

    /** Child process: commits rows one by one and prints each id once its commit returned. */
    private static void writeUntilKilled(String kind, String url) throws Exception {
        try (Connection c = open(url)) {
            createTable(c);
            for (long id = 1; ; id++) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO job VALUES (?, 0, 'k', 1, ?)")) {
                    p.setLong(1, id);
                    p.setLong(2, System.currentTimeMillis());
                    p.executeUpdate();
                }
                System.out.println(id);
                System.out.flush();
            }
        }
    }

    private static void killedWriter(String kind, Path dir, int round) throws Exception {
        final String url = url(kind, dir, kind + "-kill-" + round);
        final Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                EmbeddedStorageBench.class.getName(), "writer", kind, url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        final Set<Long> acknowledged = new HashSet<>();
        final long stopAt = System.nanoTime() + 3_000_000_000L;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.trim()));
                if (System.nanoTime() > stopAt) {
                    // SIGKILL: no shutdown hook, no close
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start()
                            .waitFor();
                    break;
                }
            }
        }
        child.waitFor();
        final long reopen = System.nanoTime();
        final Set<Long> present = new HashSet<>();
        try (Connection c = open(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM job")) {
            while (r.next()) {
                present.add(r.getLong(1));
            }
        } catch (SQLException e) {
            System.out.printf("%-6s kill-9 round %d: acknowledged=%d, reopened database"
                    + " unreadable: %s%n", kind, round, acknowledged.size(), e.getMessage());
            return;
        }
        final double reopenMs = (System.nanoTime() - reopen) / 1e6;
        final Set<Long> lost = new HashSet<>(acknowledged);
        lost.removeAll(present);
        System.out.printf("%-6s kill-9 round %d: acknowledged=%d present=%d lost=%d"
                + " reopen=%.0fms%n", kind, round, acknowledged.size(), present.size(),
                lost.size(), reopenMs);
    }
}
