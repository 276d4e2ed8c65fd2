package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdFixture.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stock slurmctld and slurmd keep their accounting in flurmdbd: slurmctld registers,
 * reads the associations and QOS, and sends the job and step records of a batch job, which
 * the stock sacct then shows.
 */
class StockControllerTest {

    private static DbdFixture dbd;
    private static Process slurmctld;
    private static Process slurmd;
    private static Path runDir;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        final Path run = Files.createTempDirectory("flurm-dbd-ctld-");
        runDir = run;
        dbd = DbdFixture.start(List.of(
                "SlurmctldPidFile=" + run.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + run.resolve("slurmd.pid"),
                "SlurmUser=root",
                "SlurmdUser=root",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "JobAcctGatherType=jobacct_gather/none",
                "MpiDefault=none",
                "SlurmdParameters=config_overrides",
                "ReturnToService=2",
                "MailProg=/bin/true"));
        assertThat(dbd.run("sacctmgr", "-i", "add", "cluster", DbdFixture.CLUSTER).exitCode())
                .isZero();
        Files.createDirectories(dbd.dir().resolve("state"));
        Files.createDirectories(dbd.dir().resolve("spool"));
        final String conf = dbd.slurmConf().toString();
        slurmctld = daemon("slurmctld", "-D", "-i", "-f", conf);
        slurmd = daemon("slurmd", "-D", "-N", "d1", "-f", conf);
        waitFor(() -> dbd.run("sinfo", "-h", "-o", "%t").stdout().trim().equals("idle"),
                "node d1 idle");
    }

    private static Process daemon(String... command) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dbd.dir().resolve(command[0] + ".log").toFile())
                .directory(dbd.dir().toFile())
                .start();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!slurmctld.isAlive() || !slurmd.isAlive()) {
                throw new AssertionError("a daemon died while waiting for " + what
                        + "; see " + dbd.dir());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : new Process[] {slurmd, slurmctld}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        dbd.close();
        try (var files = Files.walk(runDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void committedChangesReachTheRunningController() throws InterruptedException {
        assertThat(dbd.run("sacctmgr", "-i", "add", "qos", "fast", "Priority=5").exitCode())
                .isZero();
        assertThat(dbd.run("sacctmgr", "-i", "add", "account", "physics").exitCode())
                .isZero();

        waitFor(() -> dbd.run("scontrol", "show", "assoc_mgr", "flags=qos").stdout()
                .contains("QOS=fast(2)"), "QOS fast in slurmctld's association manager");
        waitFor(() -> dbd.run("scontrol", "show", "assoc_mgr", "flags=assoc", "accounts=physics")
                .stdout().contains("Account=physics"), "account physics in slurmctld");
    }

    @Test
    void aBatchJobIsAccountedAndShownBySacct() throws InterruptedException {
        final Result submitted = dbd.run("sbatch", "--wait", "-J", "acctjob", "-o",
                "/dev/null", "-e", "/dev/null", "--wrap", "sleep 1");
        assertThat(submitted.exitCode()).as(submitted.toString()).isZero();

        waitFor(() -> dbd.run("sacct", "-n", "-P", "-X", "--format=JobID,State").lines()
                .equals(List.of("1|COMPLETED")), "job 1 COMPLETED in sacct");
        assertThat(dbd.run("sacct", "-n", "-P", "--format=JobID,JobName,Account,State,ExitCode")
                .lines()).containsExactly("1|acctjob|root|COMPLETED|0:0",
                "1.batch|batch|root|COMPLETED|0:0");
    }
}
