package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.dbd.testing.ControllerRecordsForTests.BATCH_STEP;
import static org.flurm.dbd.testing.ControllerRecordsForTests.jobComplete;
import static org.flurm.dbd.testing.ControllerRecordsForTests.jobStart;
import static org.flurm.dbd.testing.ControllerRecordsForTests.stepComplete;
import static org.flurm.dbd.testing.ControllerRecordsForTests.stepStart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdFixture.Result;
import org.flurm.dbd.testing.DbdTestClient;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.IdRc;
import org.flurm.protocol.dbd.PersistRc;
import org.flurm.protocol.testing.DbdCaptures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stock sacct reads the job records the controller sent: the same two jobs as the
 * captures (acctjob by root with a batch step and step 0; failjob, exit 3, by another user in
 * physics), sent as slurmctld sends them, and sacct's output compared with the captures'.
 */
class SacctTest {

    /** nobody: a user that exists on every host, as the non-root job owner. */
    private static final int NOBODY = 65534;

    private static DbdFixture dbd;

    @BeforeAll
    static void start() throws Exception {
        dbd = DbdFixture.start();

        // inside today's default window, whatever the time of day
        final long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay()
                .toEpochSecond(ZoneOffset.UTC);
        final long t = Math.max(System.currentTimeMillis() / 1000 - 60, midnight + 1);
        try (DbdTestClient ctld = DbdTestClient.connect(dbd.port(), dbd.munge(),
                DbdFixture.CLUSTER)) {
            assertThat(ctld.receiveMessage()).isEqualTo(new PersistRc(null, 0, 0, 0x2600));
            assertThat(ctld.call(DbdMessageType.DBD_JOB_START,
                    jobStart(1, "acctjob", 0, "root", t, t + 1)))
                    .isEqualTo(new IdRc(1, 1, 0, 0));
            for (Object message : List.of(
                    stepStart(1, BATCH_STEP, "batch", t, t + 1),
                    stepStart(1, 0, "hostname", t, t + 2),
                    stepComplete(1, 0, t, t + 2, t + 2, 0),
                    stepComplete(1, BATCH_STEP, t, t + 1, t + 3, 0),
                    jobComplete(1, t, t + 1, t + 3, 3, 0))) {
                send(ctld, message);
            }

            // the completion first, as slurmctld sends it for a short job
            send(ctld, stepStart(2, BATCH_STEP, "batch", t + 10, t + 10));
            send(ctld, stepComplete(2, BATCH_STEP, t + 10, t + 10, t + 12, 768));
            send(ctld, jobComplete(2, t + 10, t + 10, t + 12, 5, 768));
            assertThat(ctld.call(DbdMessageType.DBD_JOB_START,
                    jobStart(2, "failjob", NOBODY, "physics", t + 10, t + 10)))
                    .isEqualTo(new IdRc(2, 2, 0, 0));
        }
    }

    private static void send(DbdTestClient ctld, Object message) throws Exception {
        final int type = switch (message) {
            case org.flurm.protocol.dbd.StepStart s -> DbdMessageType.DBD_STEP_START;
            case org.flurm.protocol.dbd.StepComplete s -> DbdMessageType.DBD_STEP_COMPLETE;
            case org.flurm.protocol.dbd.JobComplete c -> DbdMessageType.DBD_JOB_COMPLETE;
            default -> throw new IllegalArgumentException(message.toString());
        };
        assertThat(ctld.call(type, message)).isEqualTo(new PersistRc(null, 0, 0, type));
    }

    @AfterAll
    static void stop() {
        dbd.close();
    }

    private static void printsAsCaptured(String capture, String... command) {
        final Result result = dbd.run(command);
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).isEqualTo(DbdCaptures.output(capture));
    }

    @Test
    void defaultWindowShowsTodaysJobsAndSteps() {
        printsAsCaptured("sacct_default.txt", "sacct");
    }

    @Test
    void allocationsOnly() {
        printsAsCaptured("sacct_X.txt", "sacct", "-X");
    }

    @Test
    void oneJob() {
        printsAsCaptured("sacct_j.txt", "sacct", "-j", "1");
    }

    @Test
    void oneUserWithFormat() {
        printsAsCaptured("sacct_u_format.txt", "sacct", "-u", "root", "-S", "2020-01-01",
                "--format=JobID,JobName,User,Account,State,ExitCode,Elapsed,AllocCPUS,NodeList");
    }

    @Test
    void allUsersParsable() {
        printsAsCaptured("sacct_allusers_p.txt", "sacct", "-a", "-p", "-S", "2020-01-01");
    }

    @Test
    void aPlainUserSeesOnlyHisJobs() {
        final Result result = dbd.runAs("nobody", "sacct", "-S", "2020-01-01");
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).isEqualTo(DbdCaptures.output("sacct_nonadmin.txt"));
    }

    @Test
    void byStateAccountAndWindow() {
        assertThat(dbd.run("sacct", "-n", "-P", "-X", "-s", "F", "-S", "2020-01-01",
                "--format=JobID,State").lines()).containsExactly("2|FAILED");
        assertThat(dbd.run("sacct", "-n", "-P", "-X", "-A", "physics", "-S", "2020-01-01",
                "--format=JobID,Account").lines()).containsExactly("2|physics");
        assertThat(dbd.run("sacct", "-n", "-P", "-S", "2020-01-01", "-E", "2020-12-31")
                .lines()).isEmpty();
    }
}
