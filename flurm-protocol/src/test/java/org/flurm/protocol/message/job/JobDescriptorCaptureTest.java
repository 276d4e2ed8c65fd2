package org.flurm.protocol.message.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.job.JobDescriptor.Identity;
import org.flurm.protocol.message.job.JobDescriptor.Placement;
import org.flurm.protocol.message.job.JobDescriptor.Scheduling;
import org.flurm.protocol.message.job.JobDescriptor.Submitter;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The job descriptors real sbatch, scontrol and srun sent decode and re-encode exactly. */
class JobDescriptorCaptureTest {

    private static final int SUBMIT_BATCH_JOB = 4003;
    private static final int UPDATE_JOB = 3001;
    private static final int RESOURCE_ALLOCATION = 4001;

    /** sbatch's --hold submissions and the bitflags of every client that names no defaults. */
    private static final long ALL_DEFAULT_NAMES = JobDescriptor.USE_DEFAULT_ACCT
            | JobDescriptor.USE_DEFAULT_PART | JobDescriptor.USE_DEFAULT_QOS
            | JobDescriptor.USE_DEFAULT_WCKEY;

    static Stream<CapturedFrame> descriptorFrames() {
        return Stream.of(SUBMIT_BATCH_JOB, UPDATE_JOB, RESOURCE_ALLOCATION)
                .flatMap(type -> CapturedJobFrames.ofType(type).stream());
    }

    @Test
    void capturesHoldEveryKindOfDescriptorRequest() {
        assertThat(CapturedJobFrames.ofType(SUBMIT_BATCH_JOB)).hasSize(5);
        assertThat(CapturedJobFrames.ofType(UPDATE_JOB)).hasSize(5);
        assertThat(CapturedJobFrames.ofType(RESOURCE_ALLOCATION)).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("descriptorFrames")
    void capturedDescriptorReencodesToTheSameBytes(CapturedFrame frame) throws Exception {
        final MessageBody body = MessageCodecs.decode(frame.msgType(), frame.body(),
                frame.version());

        assertThat(body).isInstanceOf(JobDescriptor.class);
        assertThat(MessageCodecs.encode(frame.msgType(), body, frame.version()))
                .isEqualTo(frame.body());
    }

    @Test
    void sbatchHoldCarriesNameScriptEnvironmentAndHeldPriority() throws Exception {
        final JobDescriptor job = decodeOnly("sbatch_hold.txt", SUBMIT_BATCH_JOB);

        assertThat(job.identity()).isEqualTo(new Identity(Sentinels.NO_VAL, null, "capjob", null));
        assertThat(job.launch().script())
                .isEqualTo("#!/bin/sh\n# This script was created by sbatch --wrap.\n\ntrue\n");
        assertThat(job.launch().environment())
                .contains("SLURM_CONF=/tmp/slurm-ref/etc/slurm.conf", "SLURM_JOB_NAME=capjob",
                        "SLURM_SUBMIT_DIR=/tmp", "SLURM_UMASK=0022")
                .hasSize(16);
        assertThat(job.launch().argv()).isEmpty();
        assertThat(job.launch().workDir()).isEqualTo("/tmp");
        assertThat(job.launch().stdOut()).isEqualTo("/dev/null");
        assertThat(job.launch().stdErr()).isEqualTo("/dev/null");
        assertThat(job.launch().stdIn()).isEqualTo("/dev/null");
        assertThat(job.scheduling().priority()).isEqualTo(JobDescriptor.PRIORITY_HOLD);
        assertThat(job.submitter().userId()).isZero();
        assertThat(job.submitter().groupId()).isZero();
        assertThat(job.submitter().submitLine())
                .isEqualTo("sbatch --hold -J capjob --wrap=true -o /dev/null -e /dev/null");
        assertThat(job.placement().partition()).isNull();
        assertThat(job.resources().minCpus()).isEqualTo(1);
        assertThat(job.tasks().taskDist()).isEqualTo(0x2000);
        assertThat(job.bitflags()).isEqualTo(ALL_DEFAULT_NAMES);
        assertThat(job.selectJobInfo().pluginId()).isEqualTo(SelectJobInfo.CONS_TRES);
        assertThat(job.crontabEntry()).isNull();
    }

    @Test
    void sbatchWithNodeListAndOutputFileCarriesThem() throws Exception {
        final JobDescriptor job = decodeOnly("batch_lifecycle.txt", SUBMIT_BATCH_JOB);

        assertThat(job.identity().name()).isEqualTo("caplife");
        assertThat(job.placement().reqNodes()).isEqualTo("n2");
        assertThat(job.resources().minNodes()).isEqualTo(1);
        assertThat(job.launch().stdOut()).isEqualTo("/tmp/slurm-ref/caplife.out");
        assertThat(job.launch().script()).endsWith("\nhostname\n");
        assertThat(job.scheduling().priority()).isEqualTo(Sentinels.NO_VAL);
    }

    @Test
    void scontrolHoldIsAnUnsetDescriptorWithJobIdStringPriorityZeroAndAdminSid()
            throws Exception {
        final JobDescriptor job = decodeOnly("scontrol_hold.txt", UPDATE_JOB);

        assertThat(job).isEqualTo(unsetExcept(
                new Identity(Sentinels.NO_VAL, "2", null, null),
                withAllocSid(JobDescriptor.HOLD_BY_ADMIN),
                withPriorityAndTimeLimit(JobDescriptor.PRIORITY_HOLD, Sentinels.NO_VAL)));
    }

    @Test
    void scontrolReleaseIsAnUnsetDescriptorWithInfinitePriority() throws Exception {
        final JobDescriptor job = decodeOnly("scontrol_release_pending.txt", UPDATE_JOB);

        assertThat(job).isEqualTo(unsetExcept(
                new Identity(Sentinels.NO_VAL, "2", null, null),
                Submitter.UNSET,
                withPriorityAndTimeLimit(JobDescriptor.PRIORITY_RELEASE, Sentinels.NO_VAL)));
    }

    @Test
    void scontrolUpdateTimeLimitSetsOnlyTheTimeLimit() throws Exception {
        final JobDescriptor job = decodeOnly("scontrol_update_timelimit.txt", UPDATE_JOB);

        assertThat(job).isEqualTo(unsetExcept(
                new Identity(Sentinels.NO_VAL, "1", null, null),
                Submitter.UNSET,
                withPriorityAndTimeLimit(Sentinels.NO_VAL, 10)));
    }

    @Test
    void scontrolUpdateJobNameSetsOnlyTheName() throws Exception {
        final JobDescriptor job = decodeOnly("scontrol_update_jobname.txt", UPDATE_JOB);

        assertThat(job).isEqualTo(unsetExcept(
                new Identity(Sentinels.NO_VAL, "1", "renamed", null),
                Submitter.UNSET, Scheduling.UNSET));
    }

    @Test
    void srunAllocationCarriesItsCallbackPortsAndNoScript() throws Exception {
        final JobDescriptor job = decodeOnly("srun_hostname.txt", RESOURCE_ALLOCATION);

        assertThat(job.identity().name()).isEqualTo("hostname");
        assertThat(job.launch().script()).isNull();
        assertThat(job.launch().argv()).containsExactly("hostname");
        assertThat(job.launch().environment()).isEmpty();
        assertThat(job.callback().allocRespPort()).isEqualTo(60063);
        assertThat(job.callback().otherPort()).isEqualTo(60062);
        assertThat(job.federation().originCluster()).isEqualTo("ref");
        assertThat(job.placement()).isEqualTo(new Placement(null, null, null, null, null, "n1",
                null, 0, Sentinels.NO_VAL, Sentinels.NO_VAL, null));
        assertThat(job.resources().minNodes()).isEqualTo(1);
        assertThat(job.resources().maxNodes()).isEqualTo(1);
        assertThat(job.lifecycle().waitAllNodes()).isEqualTo(1);
        assertThat(job.submitter().submitLine()).isEqualTo("srun -w n1 -N1 hostname");
    }

    private static JobDescriptor decodeOnly(String file, int msgType) throws Exception {
        final List<CapturedFrame> frames = Captures.read(file).stream()
                .filter(frame -> frame.msgType() == msgType)
                .toList();
        assertThat(frames).hasSize(1);
        final CapturedFrame frame = frames.getFirst();
        return (JobDescriptor) MessageCodecs.decode(msgType, frame.body(), frame.version());
    }

    /** What scontrol sends: nothing set but the job id string and the changed fields. */
    private static JobDescriptor unsetExcept(Identity identity, Submitter submitter,
                                             Scheduling scheduling) {
        final JobDescriptor unset = JobDescriptor.UNSET;
        return new JobDescriptor(identity, submitter, unset.federation(), unset.accounting(),
                unset.placement(), scheduling, unset.resources(), unset.multiCore(),
                unset.tasks(), unset.binding(), unset.cpuFrequency(), unset.tres(),
                unset.launch(), unset.callback(), unset.notifications(), unset.x11(),
                unset.lifecycle(), unset.extra(), ALL_DEFAULT_NAMES, unset.selectJobInfo(),
                unset.crontabEntry());
    }

    private static Submitter withAllocSid(int allocSid) {
        final Submitter unset = Submitter.UNSET;
        return new Submitter(unset.userId(), unset.groupId(), unset.allocNode(), allocSid,
                unset.submitLine(), unset.reqContext());
    }

    private static Scheduling withPriorityAndTimeLimit(int priority, int timeLimit) {
        final Scheduling unset = Scheduling.UNSET;
        return new Scheduling(priority, unset.nice(), unset.siteFactor(), unset.dependency(),
                unset.immediate(), unset.beginTime(), unset.endTime(), unset.deadline(),
                timeLimit, unset.timeMin(), unset.delayBoot());
    }
}
