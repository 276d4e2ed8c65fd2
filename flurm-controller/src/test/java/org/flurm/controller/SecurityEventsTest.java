package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flurm.controller.TestCluster.Result;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of security event the controller decides, triggered through the stock clients
 * (and one forged frame), gives exactly one JSON line in flurm.conf's AuditLog; the metrics
 * endpoint then shows FLURM's and prometheus-slurm-exporter's figures for the same events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityEventsTest {

    private static final String TEST_USER = "flurmsec";
    private static final int REQUEST_PING = 1008;
    private static final String TIME = "\\{\"time\":\"[0-9T:.\\-]+Z\",";

    private TestCluster cluster;
    private Flurmctld ctld;
    private int testUid;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp);
        // one non-exempt request of each kind per minute: the test user's second update is
        // refused
        cluster.addToFlurmConf("RequestRateLimit=1");
        ctld = Flurmctld.start(cluster.slurmConf());
        cluster.run("userdel", TEST_USER);
        final Result added = cluster.run("useradd", "-M", "-N", "-s", "/usr/sbin/nologin",
                TEST_USER);
        assertThat(added.exit()).as(added.output()).isZero();
        testUid = Integer.parseInt(cluster.run("id", "-u", TEST_USER).output().strip());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (ctld != null) {
                ctld.close();
            }
        } finally {
            cluster.run("userdel", TEST_USER);
            cluster.close();
        }
    }

    @Test
    void eachEventKindGivesExactlyOneLineAndTheMetricsCountThem() throws Exception {
        // authentication failure: a frame with a forged credential
        final Header header = Header.of(0x2600, 0, REQUEST_PING, 0);
        try (Socket socket = new Socket("127.0.0.1", cluster.port())) {
            final OutputStream out = socket.getOutputStream();
            out.write(new FrameCodec().encode(new Frame(header,
                    AuthSection.munge("MUNGE:AwQFAAAJforged=:"), new byte[0])));
            out.flush();
            final InputStream in = socket.getInputStream();
            assertThat(in.readAllBytes()).isEmpty();
        }

        // submission, node drain (root); denial, then rate limit (the test user)
        final Result sbatch = cluster.run("sbatch", "--parsable", "--hold", "--wrap=true",
                "-J", "audited");
        assertThat(sbatch.output()).matches("\\d+\n");
        final String jobId = sbatch.output().strip();
        final Result drain = cluster.run("scontrol", "update", "NodeName=n2", "State=DRAIN",
                "Reason=disk check");
        assertThat(drain.exit()).as(drain.output()).isZero();
        final Result denied = cluster.runAs(testUid, "scontrol", "update", "NodeName=n1",
                "State=DRAIN", "Reason=mine");
        assertThat(denied.output()).contains("Access/permission denied");
        final Result limited = cluster.runAs(testUid, "scontrol", "update", "NodeName=n1",
                "State=DRAIN", "Reason=again");
        assertThat(limited.output()).contains("Access/permission denied");

        // the figures, once the state has been counted
        String scrape = scrape();
        for (int attempt = 0; attempt < 60 && (!scrape.contains("slurm_nodes_drain 1.0")
                || scrape.contains("flurm_scheduler_cycle_seconds_count 0\n")); attempt++) {
            Thread.sleep(250);
            scrape = scrape();
        }
        assertThat(scrape).contains("flurm_authentication_failures_total 1.0\n",
                "flurm_authorization_denials_total{request=\"REQUEST_UPDATE_NODE\"} 1.0\n",
                "flurm_rate_limit_rejections_total{kind=\"UPDATE\"} 1.0\n",
                "flurm_requests_total{type=\"REQUEST_SUBMIT_BATCH_JOB\"} 1.0\n",
                "flurm_request_duration_seconds_count{type=\"REQUEST_SUBMIT_BATCH_JOB\"} 1\n",
                "flurm_jobs{state=\"pending\"} 1.0\n",
                "flurm_nodes{state=\"drain\"} 1.0\n",
                "slurm_queue_pending 1.0\n",
                "slurm_nodes_drain 1.0\n",
                "slurm_cpus_total 4.0\n", "flurm_scheduler_cycle_seconds_count ");
        assertThat(scrape).doesNotContain("flurm_scheduler_cycle_seconds_count 0\n");

        // the shutdown is the last event
        final Result shutdown = cluster.run("scontrol", "shutdown");
        assertThat(shutdown.exit()).as(shutdown.output()).isZero();
        ctld.awaitShutdown();
        ctld.close();

        final List<String> lines = Files.readAllLines(cluster.dir().resolve("audit.log"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).matches(TIME + "\"event\":\"AuthenticationFailed\","
                + "\"peer\":\"/127\\.0\\.0\\.1:\\d+\",\"reason\":\".+\"}");
        assertThat(lines.get(1)).matches(TIME + "\"event\":\"JobSubmitted\",\"job_id\":"
                + jobId + ",\"user\":\"root\",\"uid\":0,\"partition\":\"debug\","
                + "\"account\":\"\"}");
        assertThat(lines.get(2)).matches(TIME + "\"event\":\"NodeStateChanged\",\"node\":"
                + "\"n2\",\"old_state\":\"UNKNOWN\",\"new_state\":\"UNKNOWN\\+DRAIN\","
                + "\"reason\":\"disk check\",\"by\":\"root\"}");
        assertThat(lines.get(3)).matches(TIME + "\"event\":\"AuthorizationDenied\",\"user\":\""
                + TEST_USER + "\",\"uid\":" + testUid + ",\"request\":\"REQUEST_UPDATE_NODE\","
                + "\"target\":\"node=n1\"}");
        assertThat(lines.get(4)).matches(TIME + "\"event\":\"RateLimited\",\"user\":\""
                + TEST_USER + "\",\"uid\":" + testUid + ",\"kind\":\"UPDATE\"}");
        assertThat(lines.get(5)).matches(TIME + "\"event\":\"AdminOperation\",\"user\":"
                + "\"root\",\"operation\":\"shutdown\",\"target\":\"controller\"}");
    }

    private String scrape() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + cluster.metricsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
