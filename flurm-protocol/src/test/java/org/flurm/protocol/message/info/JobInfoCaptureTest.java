package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;
import org.junit.jupiter.api.Test;

/** RESPONSE_JOB_INFO as the real controller sent it decodes to the values the clients printed. */
class JobInfoCaptureTest {

    private static final int RESPONSE_JOB_INFO = 2004;

    private static JobInfoResponse response(String file) throws Exception {
        return CapturedBodies.only(file, RESPONSE_JOB_INFO, JobInfoResponse.class);
    }

    @Test
    void squeueReceivesTheHeldJobOfRoot() throws Exception {
        final JobInfoResponse response = response("squeue.txt");

        assertThat(response.lastUpdate()).isEqualTo(1796314625L);
        assertThat(response.lastBackfill()).isZero();
        assertThat(response.jobs()).hasSize(1);
        final JobInfo job = response.jobs().get(0);
        assertThat(job.jobId()).isEqualTo(1);
        assertThat(job.name()).isEqualTo("capjob");
        assertThat(job.userId()).isZero();
        assertThat(job.groupId()).isZero();
        assertThat(job.userName()).isNull();
        assertThat(job.partition()).isEqualTo("debug");
        assertThat(job.cluster()).isEqualTo("ref");
        assertThat(JobState.baseOf(job.status().jobState())).isEqualTo(JobState.PENDING);
        assertThat(JobStateReason.of(job.status().stateReason()))
                .isEqualTo(JobStateReason.WAIT_HELD_USER);
        assertThat(job.nodes()).isNull();
        assertThat(job.nodeInx()).isNull();
        assertThat(job.details().numNodes()).isEqualTo(1);
        assertThat(job.showFlags()).isEqualTo(ShowFlags.SHOW_LOCAL);
    }

    @Test
    void scontrolShowJobReceivesTheFieldsItPrints() throws Exception {
        final JobInfo job = response("scontrol_show_job.txt").jobs().get(0);

        // JobId=1 JobName=capjob UserId=root(0) GroupId=root(0) Priority=0 Nice=0
        assertThat(job.jobId()).isEqualTo(1);
        assertThat(job.name()).isEqualTo("capjob");
        assertThat(job.priority().priority()).isZero();
        assertThat(job.priority().nice()).isEqualTo(Sentinels.NICE_OFFSET);
        assertThat(job.priority().siteFactor()).isEqualTo(Sentinels.NICE_OFFSET);
        assertThat(job.priority().billableTres()).isEqualTo(4294967294.0);
        assertThat(job.account()).isNull();
        assertThat(job.qos()).isNull();

        // JobState=PENDING Reason=JobHeldUser Requeue=1 Restarts=0 BatchFlag=1 ExitCode=0:0
        assertThat(job.status()).isEqualTo(new JobInfo.Status(JobState.PENDING.value(), 1,
                JobStateReason.WAIT_HELD_USER.value(), 0, 0, 0, null, 0, 0));
        assertThat(job.details().requeue()).isEqualTo(1);

        // TimeLimit=UNLIMITED SubmitTime=2026-12-03T16:17:03 EligibleTime=Unknown
        assertThat(job.times()).isEqualTo(new JobInfo.Times(0, Sentinels.INFINITE, 0,
                1796314623L, 0, 0, 0, 0, 0, 0, 0, 1796314623L, 0, 0));

        // Partition=debug AllocNode:Sid=localhost:2864
        assertThat(job.allocNode()).isEqualTo("localhost");
        assertThat(job.allocSid()).isEqualTo(2864);

        // NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 MinCPUsNode=1 MinMemoryNode=0
        final JobDetails details = job.details();
        assertThat(details.numCpus()).isEqualTo(1);
        assertThat(details.maxCpus()).isZero();
        assertThat(details.numTasks()).isEqualTo(1);
        assertThat(details.cpusPerTask()).isEqualTo(1);
        assertThat(details.pnMinCpus()).isEqualTo(1);
        assertThat(details.pnMinMemory()).isZero();
        assertThat(details.shared()).isEqualTo(Sentinels.NO_VAL16);
        assertThat(details.coreSpec()).isEqualTo(Sentinels.NO_VAL16);
        assertThat(details.cpuFreqMin()).isEqualTo(Sentinels.NO_VAL);
        assertThat(details.workDir()).isEqualTo("/tmp");
        assertThat(details.command()).isNull();
        assertThat(details.stdErr()).isEqualTo("/dev/null");
        assertThat(details.stdIn()).isEqualTo("/dev/null");
        assertThat(details.stdOut()).isEqualTo("/dev/null");

        // ReqB:S:C:T=0:0:*:* NtasksPerN:B:S:C=0:0:*:*
        assertThat(details.multiCore()).isEqualTo(new MultiCore(0, 0, Sentinels.NO_VAL16,
                Sentinels.NO_VAL16, Sentinels.NO_VAL16, 0, Sentinels.INFINITE16,
                Sentinels.INFINITE16, 0));

        // TRES=cpu=1,mem=1000M,node=1,billing=1
        assertThat(job.tres().req()).isEqualTo("cpu=1,mem=1000M,node=1,billing=1");
        assertThat(job.tres().alloc()).isNull();
        assertThat(job.jobResources()).isNull();
        assertThat(job.selectJobInfo()).isEqualTo(SelectJobInfo.OF_CONS_TRES);
        assertThat(job.startProtocolVersion()).isEqualTo(0x2600);
        assertThat(job.mailUser()).isEqualTo("root");
        assertThat(job.bitflags()).isEqualTo(0xBE000000L);
    }

    @Test
    void aUserFilterMatchingNothingGetsAnEmptyList() throws Exception {
        final JobInfoResponse response = response("squeue_empty_filter.txt");

        assertThat(response.jobs()).isEmpty();
        assertThat(response.lastUpdate()).isEqualTo(1796314627L);
    }

    @Test
    void scancelByNameSeesEveryJobWithItsState() throws Exception {
        final List<JobInfo> jobs = response("scancel_name.txt").jobs();

        assertThat(jobs).extracting(JobInfo::jobId).containsExactly(1, 2, 3, 4);
        assertThat(jobs).extracting(JobInfo::name)
                .containsExactly("renamed", "capjob2", "capjob3", "capjob3");
        assertThat(jobs).extracting(j -> JobState.baseOf(j.status().jobState()))
                .containsExactly(JobState.COMPLETE, JobState.CANCELLED, JobState.PENDING,
                        JobState.PENDING);
        assertThat(jobs).extracting(JobInfo::showFlags)
                .containsOnly(ShowFlags.SHOW_ALL | ShowFlags.SHOW_LOCAL);

        // job 1 ran on n1 (node-table index 0 of 4) with the 10 minute limit set by update
        final JobInfo finished = jobs.get(0);
        assertThat(finished.nodes()).isEqualTo("n1");
        assertThat(finished.batchHost()).isEqualTo("n1");
        assertThat(finished.nodeInx()).isEqualTo(Bitmap.of(4, 0));
        assertThat(finished.times().timeLimit()).isEqualTo(10);
        assertThat(finished.tres().alloc()).isEqualTo("cpu=1,node=1,billing=1");
        assertThat(finished.priority().billableTres()).isEqualTo(1.0);
    }

    @Test
    void aJobPinnedToN2IsReportedCompleteOnN2() throws Exception {
        final JobInfo job =
                CapturedBodies.last("batch_lifecycle.txt", RESPONSE_JOB_INFO,
                        JobInfoResponse.class).jobs().get(0);

        assertThat(job.jobId()).isEqualTo(5);
        assertThat(job.name()).isEqualTo("caplife");
        assertThat(job.status().jobState()).isEqualTo(JobState.COMPLETE.value());
        assertThat(job.status().exitCode()).isZero();
        assertThat(job.nodes()).isEqualTo("n2");
        assertThat(job.nodeInx()).isEqualTo(Bitmap.of(4, 1));
        assertThat(job.details().reqNodes()).isEqualTo("n2");
        assertThat(job.details().reqNodeInx()).isEqualTo(Bitmap.of(4, 1));
        assertThat(job.details().stdOut()).isEqualTo("/tmp/slurm-ref/caplife.out");
    }

    @Test
    void aJobOnTheWayOutIsCompleteAndCompleting() throws Exception {
        final List<JobInfoResponse> answers =
                CapturedBodies.all("batch_lifecycle.txt", RESPONSE_JOB_INFO,
                        JobInfoResponse.class);

        assertThat(answers).extracting(r -> r.jobs().get(0).status().jobState())
                .contains(JobState.COMPLETE.value() | JobState.COMPLETING);
    }

    @Test
    void aRunningFourNodeJobListsAllFourNodes() throws Exception {
        final List<JobInfoResponse> answers = CapturedBodies.all(
                "batch_lifecycle_n4_treewidth2.txt", RESPONSE_JOB_INFO, JobInfoResponse.class);
        final JobInfo running = answers.stream().map(r -> r.jobs().get(0))
                .filter(j -> j.status().jobState() == JobState.RUNNING.value())
                .findFirst().orElseThrow();

        assertThat(running.name()).isEqualTo("captree");
        assertThat(running.nodes()).isEqualTo("n[1-4]");
        assertThat(running.nodeInx()).isEqualTo(Bitmap.of(4, 0, 1, 2, 3));
        assertThat(running.batchHost()).isEqualTo("n1");
        assertThat(running.details().numCpus()).isEqualTo(4);
        assertThat(running.details().numNodes()).isEqualTo(4);
        assertThat(running.tres().alloc()).isEqualTo("cpu=4,node=4,billing=4");
        assertThat(running.bitflags()).isEqualTo(0x9E100000L);
    }
}
