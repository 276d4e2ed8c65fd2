package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flurm.controller.TestCluster.SQUEUE_HEADER;
import static org.flurm.controller.TestCluster.squeueLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.controller.TestCluster.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock SLURM 22.05 clients against an in-process flurmctld: what each command prints is
 * what the real slurmctld makes it print for the same state (compare the captures' command
 * output sections).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockClientsTest {

    private static final Pattern SUBMITTED = Pattern.compile("Submitted batch job (\\d+)\n");
    private static final String TEST_USER = "flurmcli";

    private TestCluster cluster;
    private Flurmctld ctld;
    private int testUid;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp);
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

    private int submit(String... sbatchArgs) throws Exception {
        final String[] command = new String[sbatchArgs.length + 1];
        command[0] = "sbatch";
        System.arraycopy(sbatchArgs, 0, command, 1, sbatchArgs.length);
        final Result result = cluster.run(command);
        final Matcher matcher = SUBMITTED.matcher(result.output());
        assertThat(matcher.matches()).as(result.output()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void scontrolPingReportsTheControllerUp() throws Exception {
        final Result result = cluster.run("scontrol", "ping");

        assertThat(result.exit()).isZero();
        assertThat(result.output()).startsWith("Slurmctld(primary) at ").endsWith(" is UP\n");
    }

    @Test
    void aHeldSubmissionIsListedAsHeldByTheUser() throws Exception {
        final int id = submit("--hold", "--wrap=true", "-J", "capjob");

        final Result squeue = cluster.run("squeue", "-j", Integer.toString(id));

        assertThat(squeue.exit()).isZero();
        assertThat(squeue.output()).isEqualTo(SQUEUE_HEADER + squeueLine(
                Integer.toString(id), "debug", "capjob", "root", "PD", "0:00", "1",
                "(JobHeldUser)"));
    }

    @Test
    void parsableSubmissionPrintsOnlyTheIdAndSqueueFiltersByStateAndUser() throws Exception {
        final Result sbatch = cluster.run("sbatch", "--parsable", "--hold", "--wrap=true", "-J",
                "parse");
        assertThat(sbatch.output()).matches("\\d+\n");
        final String id = sbatch.output().strip();

        final Result pending = cluster.run("squeue", "-h", "-t", "PD", "-o", "%i %j %T %r");
        final Result byUser = cluster.run("squeue", "-h", "-u", "root", "-o", "%i %j");

        assertThat(pending.output()).contains(id + " parse PENDING JobHeldUser\n");
        assertThat(byUser.output()).contains(id + " parse\n");
    }

    @Test
    void theSchedulerSaysAJobBehindAnotherWaitsForPriority() throws Exception {
        submit("--wrap=true", "-J", "first");
        final String second = Integer.toString(submit("--wrap=true", "-J", "second"));

        // the scheduler runs apart from the submission; wait for its verdict
        String reason = "";
        for (int attempt = 0; attempt < 60 && !reason.equals("Priority\n"); attempt++) {
            Thread.sleep(500);
            reason = cluster.run("squeue", "-h", "-j", second, "-o", "%r").output();
        }

        assertThat(reason).isEqualTo("Priority\n");
    }

    @Test
    void scontrolShowJobPrintsTheRecordTheRealControllerWould() throws Exception {
        final int id = submit("--hold", "--wrap=true", "-J", "capjob", "-o", "/dev/null", "-e",
                "/dev/null", "-D", "/tmp");

        final Result show = cluster.run("scontrol", "show", "job", Integer.toString(id));

        assertThat(show.exit()).isZero();
        assertThat(show.output())
                .startsWith("JobId=" + id + " JobName=capjob\n")
                .contains("   UserId=root(0) GroupId=root(0) MCS_label=N/A\n")
                .contains("   Priority=0 Nice=0 Account=(null) QOS=(null)\n")
                .contains("   JobState=PENDING Reason=JobHeldUser Dependency=(null)\n")
                .contains("   Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0\n")
                .contains("   RunTime=00:00:00 TimeLimit=UNLIMITED TimeMin=N/A\n")
                .contains("   Partition=debug AllocNode:Sid=localhost:")
                .contains("   NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:*\n")
                .contains("   TRES=cpu=1,mem=1000M,node=1,billing=1\n")
                .contains("   WorkDir=/tmp\n")
                .contains("   StdErr=/dev/null\n")
                .contains("   StdOut=/dev/null\n");
    }

    @Test
    void anUnknownJobIdIsReportedInvalid() throws Exception {
        final Result show = cluster.run("scontrol", "show", "job", "999999");

        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.output()).isEqualTo("slurm_load_jobs error: Invalid job id specified\n");
    }

    @Test
    void anUnknownPartitionIsRefused() throws Exception {
        final Result sbatch = cluster.run("sbatch", "-p", "nosuch", "--wrap=true");

        assertThat(sbatch.exit()).isEqualTo(1);
        assertThat(sbatch.output()).isEqualTo(
                "sbatch: error: Batch job submission failed: Invalid partition name specified\n");
    }

    @Test
    void aJobNoNodeOfThePartitionCouldEverRunIsRefused() throws Exception {
        final Result tooMany = cluster.run("sbatch", "-N", "3", "--wrap=true");
        final Result tooBig = cluster.run("sbatch", "--mem=5000", "--wrap=true");

        assertThat(tooMany.exit()).isEqualTo(1);
        assertThat(tooMany.output()).isEqualTo("sbatch: error: Batch job submission failed:"
                + " Requested node configuration is not available\n");
        assertThat(tooBig.exit()).isEqualTo(1);
        assertThat(tooBig.output()).isEqualTo(tooMany.output());
    }

    @Test
    void sinfoListsThePartitionAndItsNodesAsNotResponding() throws Exception {
        final Result sinfo = cluster.run("sinfo");

        assertThat(sinfo.exit()).isZero();
        assertThat(sinfo.output()).isEqualTo(
                "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
                + "debug*       up   infinite      2   unk* n[1-2]\n");
    }

    @Test
    void scontrolShowNodeAndPartitionPrintTheConfiguredHardware() throws Exception {
        final Result node = cluster.run("scontrol", "show", "node", "n1");
        final Result partition = cluster.run("scontrol", "show", "partition");

        assertThat(node.output()).startsWith("NodeName=n1 CoresPerSocket=1 \n")
                .contains("   CPUAlloc=0 CPUEfctv=2 CPUTot=2 CPULoad=N/A\n")
                .contains("   RealMemory=1000 AllocMem=0 FreeMem=N/A Sockets=2 Boards=1\n")
                .contains("   State=UNKNOWN+NOT_RESPONDING ThreadsPerCore=1 TmpDisk=0 Weight=1"
                        + " Owner=N/A MCS_label=N/A\n")
                .contains("   Partitions=debug \n")
                .contains("   CfgTRES=cpu=2,mem=1000M,billing=2\n");
        assertThat(partition.output()).startsWith("PartitionName=debug\n")
                .contains("   AllocNodes=ALL Default=YES QoS=N/A\n")
                .contains("   Nodes=n[1-2]\n")
                .contains("   State=UP TotalCPUs=4 TotalNodes=2 SelectTypeParameters=NONE\n")
                .contains("   TRES=cpu=4,mem=2000M,node=2,billing=4\n");
    }

    @Test
    void scontrolShowConfigPrintsTheRunningConfiguration() throws Exception {
        final Result config = cluster.run("scontrol", "show", "config");

        assertThat(config.output())
                .contains("ClusterName             = flurmtest\n")
                .contains("SlurmctldPort           = " + cluster.port() + "\n")
                .contains("StateSaveLocation       = " + cluster.dir().resolve("state") + "\n")
                .contains("SlurmUser               = root(0)\n")
                .contains("FirstJobId              = 1\n")
                .contains("Slurmctld(primary) at ");
    }

    @Test
    void holdReleaseAndUpdateChangeThePendingJob() throws Exception {
        final String id = Integer.toString(submit("--wrap=true", "-J", "upd"));

        assertThat(cluster.run("scontrol", "hold", id).exit()).isZero();
        assertThat(cluster.run("squeue", "-h", "-j", id, "-o", "%r").output())
                .isEqualTo("JobHeldAdmin\n");
        assertThat(cluster.run("scontrol", "release", id).exit()).isZero();
        assertThat(cluster.run("scontrol", "update", "jobid=" + id, "TimeLimit=10").exit())
                .isZero();
        assertThat(cluster.run("scontrol", "update", "jobid=" + id, "JobName=renamed").exit())
                .isZero();

        assertThat(cluster.run("squeue", "-h", "-j", id, "-o", "%j %l %T").output())
                .isEqualTo("renamed 10:00 PENDING\n");
    }

    @Test
    void scancelCancelsAPendingJobAtOnce() throws Exception {
        final String id = Integer.toString(submit("--wrap=true", "-J", "gone"));

        final Result scancel = cluster.run("scancel", id);

        assertThat(scancel.exit()).isZero();
        assertThat(scancel.output()).isEmpty();
        assertThat(cluster.run("squeue", "-h", "-j", id).output()).isEmpty();
        assertThat(cluster.run("squeue", "-h", "-t", "all", "-j", id, "-o", "%i %T").output())
                .isEqualTo(id + " CANCELLED\n");
    }

    @Test
    void aDrainedNodeIsListedWithItsReasonUntilResumed() throws Exception {
        try {
            assertThat(cluster.run("scontrol", "update", "nodename=n1", "state=drain",
                    "reason=x").exit()).isZero();

            final Result reasons = cluster.run("sinfo", "-R", "-h", "-o", "%E %U %N");
            final Result sinfo = cluster.run("sinfo", "-h");

            assertThat(reasons.output()).isEqualTo("x root(0) n1\n");
            assertThat(sinfo.output()).isEqualTo(
                    "debug*       up   infinite      1 drain* n1\n"
                    + "debug*       up   infinite      1   unk* n2\n");
        } finally {
            assertThat(cluster.run("scontrol", "update", "nodename=n1", "state=resume").exit())
                    .isZero();
        }
        assertThat(cluster.run("sinfo", "-R", "-h").output()).isEmpty();
    }

    @Test
    void anotherUserActsOnOwnJobsOnlyAndCannotChangeNodes() throws Exception {
        final String rootJob = Integer.toString(submit("--hold", "--wrap=true", "-J", "mine"));
        final Result own = cluster.runAs(testUid, "sbatch", "--parsable", "-D", "/tmp",
                "--wrap=true", "-J", "theirs");
        assertThat(own.output()).matches("\\d+\n");
        final String ownJob = own.output().strip();

        final Result cancel = cluster.runAs(testUid, "scancel", rootJob);
        final Result hold = cluster.runAs(testUid, "scontrol", "hold", rootJob);
        final Result drain = cluster.runAs(testUid, "scontrol", "update", "nodename=n2",
                "state=drain", "reason=y");
        final Result lower = cluster.runAs(testUid, "scontrol", "update", "jobid=" + ownJob,
                "TimeLimit=10");
        final Result raise = cluster.runAs(testUid, "scontrol", "update", "jobid=" + ownJob,
                "TimeLimit=20");
        final Result mine = cluster.runAs(testUid, "squeue", "-h", "-u", TEST_USER,
                "-o", "%i %j %u %l");

        // scancel exits with the error number's low byte: 2002 & 0xff
        assertThat(cancel.exit()).isEqualTo(210);
        assertThat(cancel.output()).isEqualTo("scancel: error: Kill job error on job id "
                + rootJob + ": Access/permission denied\n");
        assertThat(hold.exit()).isEqualTo(1);
        assertThat(hold.output()).contains("Access/permission denied");
        assertThat(drain.exit()).isEqualTo(1);
        assertThat(drain.output()).isEqualTo("slurm_update error: Access/permission denied\n");
        assertThat(lower.exit()).isZero();
        assertThat(raise.exit()).isEqualTo(1);
        assertThat(mine.output()).isEqualTo(ownJob + " theirs " + TEST_USER + " 10:00\n");
        assertThat(cluster.run("squeue", "-h", "-j", rootJob, "-o", "%T").output())
                .isEqualTo("PENDING\n");
    }

    @Test
    void aRequestWithoutAHandlerIsAnsweredNotSilentlyDropped() throws IOException,
            InterruptedException {
        // scontrol show burstbuffer sends REQUEST_BURST_BUFFER_INFO, which this controller
        // does not serve
        final Result burstBuffer = cluster.run("scontrol", "show", "burstbuffer");

        assertThat(burstBuffer.exit()).isEqualTo(1);
        assertThat(burstBuffer.output())
                .isEqualTo("slurm_load_burst_buffer_info error: Invalid argument\n");
    }

    @Test
    void requeueBringsAFinishedJobBackAndRequeueholdHoldsIt() throws Exception {
        final String id = Integer.toString(submit("--wrap=true", "-J", "again"));
        final String kept = Integer.toString(submit("--wrap=true", "-J", "kept"));
        assertThat(cluster.run("scancel", id, kept).exit()).isZero();

        final Result requeue = cluster.run("scontrol", "requeue", id);
        final Result requeueHold = cluster.run("scontrol", "requeuehold", kept);
        final Result pending = cluster.run("scontrol", "requeue", id);

        assertThat(requeue.exit()).isZero();
        assertThat(requeueHold.exit()).isZero();
        assertThat(cluster.run("squeue", "-h", "-j", id, "-o", "%i %T").output())
                .isEqualTo(id + " PENDING\n");
        assertThat(cluster.run("squeue", "-h", "-j", kept, "-o", "%i %T %r").output())
                .isEqualTo(kept + " PENDING JobHeldUser\n");
        assertThat(pending.exit()).isEqualTo(1);
        assertThat(pending.output()).isEqualTo("Job is pending execution for job " + id + "\n");
    }
}
