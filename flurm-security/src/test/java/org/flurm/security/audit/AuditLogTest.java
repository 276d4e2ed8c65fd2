package org.flurm.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final String TIME = "2026-12-03T18:00:00Z";

    @TempDir
    Path dir;

    private Path file;
    private AuditLogAppender appender;
    private final AuditLog audit =
            new AuditLog(Clock.fixed(Instant.parse(TIME), ZoneOffset.UTC));

    @BeforeEach
    void installAppender() {
        file = dir.resolve("log/audit.log");
        appender = AuditLogAppender.install(file, AuditLogAppender.Rotation.defaults());
    }

    @AfterEach
    void removeAppender() {
        appender.close();
    }

    @Test
    void eachEventKindIsWrittenAsExactlyOneJsonLine() throws IOException {
        audit.record(new AuditEvent.JobSubmitted(1234, "alice", 1001, "batch", "physics"));
        audit.record(new AuditEvent.AuthenticationFailed("10.0.0.7:40312",
                "credential replayed"));
        audit.record(new AuditEvent.AuthorizationDenied("bob", 1002, "REQUEST_UPDATE_NODE",
                "node=n3"));
        audit.record(new AuditEvent.NodeRegistered("n3", "10.0.0.3:6818"));
        audit.record(new AuditEvent.NodeRemoved("n4", "root"));
        audit.record(new AuditEvent.NodeStateChanged("n3", "IDLE", "DRAIN", "bad \"disk\"",
                "root"));
        audit.record(new AuditEvent.AdminOperation("root", "REQUEST_RECONFIGURE", "cluster"));
        audit.record(new AuditEvent.RateLimited("carol", 1003, "SUBMIT"));

        final List<Map<String, Object>> lines = readLines();

        assertThat(lines).hasSize(8);
        assertThat(only(lines, "JobSubmitted")).isEqualTo(Map.of("time", TIME,
                "event", "JobSubmitted", "job_id", 1234L, "user", "alice", "uid", 1001L,
                "partition", "batch", "account", "physics"));
        assertThat(only(lines, "AuthenticationFailed")).isEqualTo(Map.of("time", TIME,
                "event", "AuthenticationFailed", "peer", "10.0.0.7:40312",
                "reason", "credential replayed"));
        assertThat(only(lines, "AuthorizationDenied")).isEqualTo(Map.of("time", TIME,
                "event", "AuthorizationDenied", "user", "bob", "uid", 1002L,
                "request", "REQUEST_UPDATE_NODE", "target", "node=n3"));
        assertThat(only(lines, "NodeRegistered")).isEqualTo(Map.of("time", TIME,
                "event", "NodeRegistered", "node", "n3", "peer", "10.0.0.3:6818"));
        assertThat(only(lines, "NodeRemoved")).isEqualTo(Map.of("time", TIME,
                "event", "NodeRemoved", "node", "n4", "by", "root"));
        assertThat(only(lines, "NodeStateChanged")).isEqualTo(Map.of("time", TIME,
                "event", "NodeStateChanged", "node", "n3", "old_state", "IDLE",
                "new_state", "DRAIN", "reason", "bad \"disk\"", "by", "root"));
        assertThat(only(lines, "AdminOperation")).isEqualTo(Map.of("time", TIME,
                "event", "AdminOperation", "user", "root", "operation", "REQUEST_RECONFIGURE",
                "target", "cluster"));
        assertThat(only(lines, "RateLimited")).isEqualTo(Map.of("time", TIME,
                "event", "RateLimited", "user", "carol", "uid", 1003L, "kind", "SUBMIT"));
    }

    @Test
    void aLineBreakInAFieldDoesNotSplitTheLine() throws IOException {
        audit.record(new AuditEvent.AuthenticationFailed("peer", "forged\n{\"event\":\"x\"}"));

        final List<Map<String, Object>> lines = readLines();

        assertThat(lines).containsExactly(Map.of("time", TIME, "event", "AuthenticationFailed",
                "peer", "peer", "reason", "forged\n{\"event\":\"x\"}"));
    }

    @Test
    void theAuditFileIsMode640InADirectoryCreatedMode750() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                file.getParent()))).isEqualTo("rwxr-x---");
    }

    private List<Map<String, Object>> readLines() throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(TinyJson::parseObject)
                .toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> lines, String event) {
        final List<Map<String, Object>> matching = lines.stream()
                .filter(line -> event.equals(line.get("event")))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
