package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

class BatchJobLaunchCodecTest {

    private static final int V22_05 = 0x2600;

    private static BatchJobLaunch decode(CapturedFrame frame) throws DecodeException {
        return (BatchJobLaunch) MessageCodecs.decode(4005, frame.body(), frame.version());
    }

    @Test
    void capturedLaunchCarriesTheJobScriptAndEnvironment() throws Exception {
        final BatchJobLaunch launch =
                decode(SlurmdCaptures.frame("batch_lifecycle.txt", 4005, 0));

        assertThat(launch.jobId()).isEqualTo(5);
        assertThat(launch.uid()).isZero();
        assertThat(launch.gid()).isZero();
        assertThat(launch.userName()).isNull();
        assertThat(launch.partition()).isEqualTo("debug");
        assertThat(launch.nodes()).isEqualTo("n2");
        assertThat(launch.arrayTaskId()).isEqualTo(Sentinels.NO_VAL);
        assertThat(launch.cpusPerTask()).isEqualTo(1);
        assertThat(launch.cpusPerNode()).containsExactly(1);
        assertThat(launch.cpuCountReps()).containsExactly(1);
        assertThat(launch.script()).isEqualTo(
                "#!/bin/sh\n# This script was created by sbatch --wrap.\n\nhostname\n");
        assertThat(launch.workDir()).isEqualTo("/tmp");
        assertThat(launch.stdOut()).isEqualTo("/tmp/slurm-ref/caplife.out");
        assertThat(launch.stdErr()).isNull();
        assertThat(launch.stdIn()).isEqualTo("/dev/null");
        assertThat(launch.argv()).isNull();
        assertThat(launch.environment()).hasSize(16)
                .startsWith("SHELL=/bin/bash", "PWD=/tmp", "LOGNAME=root", "HOME=/root")
                .contains("USER=root", "SLURM_JOB_NAME=caplife", "SLURM_SUBMIT_HOST=vm")
                .endsWith("SLURM_UMASK=0022");
        assertThat(launch.jobMem()).isZero();
        assertThat(launch.credVersion()).isEqualTo(V22_05);
        assertThat(launch.selectJobInfo()).isEqualTo(SelectJobInfo.OF_CONS_TRES);
    }

    @Test
    void capturedLaunchCredentialNamesTheBatchStepAndItsNode() throws Exception {
        final JobCredential cred =
                decode(SlurmdCaptures.frame("batch_lifecycle.txt", 4005, 0)).cred();

        assertThat(cred.stepId()).isEqualTo(StepId.batchScript(5));
        assertThat(cred.uid()).isZero();
        assertThat(cred.pwName()).isEqualTo("root");
        assertThat(cred.pwDir()).isEqualTo("/root");
        assertThat(cred.pwShell()).isEqualTo("/bin/bash");
        assertThat(cred.jobPartition()).isEqualTo("debug");
        assertThat(cred.jobStdOut()).isEqualTo("/tmp/slurm-ref/caplife.out");
        assertThat(cred.stepHostlist()).isEqualTo("n2");
        assertThat(cred.jobHostlist()).isEqualTo("n2");
        assertThat(cred.jobNhosts()).isEqualTo(1);
        assertThat(cred.jobCoreBitmap()).isEqualTo(Bitmap.of(2, 0));
        assertThat(cred.stepCoreBitmap()).isEqualTo(Bitmap.of(2, 0));
        assertThat(cred.coresPerSocket()).containsExactly(1);
        assertThat(cred.socketsPerNode()).containsExactly(2);
        assertThat(cred.cpuArray()).containsExactly(1);
        assertThat(cred.jobMemAlloc()).containsExactly(0L);
        assertThat(cred.ctime()).isEqualTo(1796314661L);
        assertThat(cred.signature()).isNull();
    }

    @Test
    void capturedFourNodeLaunchCredentialCoversEveryNode() throws Exception {
        final BatchJobLaunch launch =
                decode(SlurmdCaptures.frame("batch_lifecycle_n4_treewidth2.txt", 4005, 0));

        assertThat(launch.jobId()).isEqualTo(2);
        assertThat(launch.nodes()).isEqualTo("n[1-4]");
        assertThat(launch.script()).endsWith("\nsrun true\n");
        assertThat(launch.cred().jobHostlist()).isEqualTo("n[1-4]");
        assertThat(launch.cred().stepHostlist()).isEqualTo("n1");
        assertThat(launch.cred().jobNhosts()).isEqualTo(4);
        assertThat(launch.cred().jobCoreBitmap()).isEqualTo(Bitmap.of(8, 0, 2, 4, 6));
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        final BatchJobLaunch launch = sample();

        final byte[] body = MessageCodecs.encode(4005, launch, V22_05);
        final BatchJobLaunch decoded = (BatchJobLaunch) MessageCodecs.decode(4005, body, V22_05);

        assertThat(decoded).usingRecursiveComparison().isEqualTo(launch);
        assertThat(MessageCodecs.encode(4005, decoded, V22_05)).isEqualTo(body);
    }

    @Test
    void argcThatDisagreesWithArgvIsRefused() {
        final byte[] body = MessageCodecs.encode(4005, sample(), V22_05);
        final int argcOffset = offsetOfArgc(sample());
        final byte[] tampered = new Packer().raw(body, 0, argcOffset).u32(3)
                .raw(body, argcOffset + 4, body.length - argcOffset - 4).toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(4005, tampered, V22_05))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("argv count 3 but 2 strings")
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void olderProtocolVersionIsRefusedRatherThanMisread() {
        final byte[] body = MessageCodecs.encode(4005, sample(), V22_05);

        assertThatThrownBy(() -> MessageCodecs.decode(4005, body, 0x2500))
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    /** Where argc sits: after everything up to std_out, found by encoding the prefix alone. */
    private static int offsetOfArgc(BatchJobLaunch launch) {
        final byte[] whole = MessageCodecs.encode(4005, launch, V22_05);
        final Packer tail = new Packer();
        tail.u32(launch.argv().size()).strArray(launch.argv()).strArray(launch.spankJobEnv())
                .u32(launch.environment().size()).strArray(launch.environment())
                .u64(launch.jobMem()).u16(launch.credVersion());
        JobCredentialCodec.write(launch.cred(), tail, launch.credVersion());
        launch.selectJobInfo().write(tail);
        tail.str(launch.account()).str(launch.qos()).str(launch.resvName()).u32(launch.profile())
                .str(launch.tresBind()).str(launch.tresFreq());
        return whole.length - tail.size();
    }

    static BatchJobLaunch sample() {
        return new BatchJobLaunch(41, 40, 1001, 1002, "alice", new int[] {1002, 27},
                "batch", 8, 2048, 1, 1, 39, 3, "task=30", "/containers/c1", 0x10, 2, 1, 4,
                new int[] {4, 2}, new int[] {1, 3}, "n1:10.0.0.1:n1", "map_cpu:0,1", "n[1-4]",
                "#!/bin/bash\nsrun hostname\n", "/home/alice", "/home/alice/err",
                "/home/alice/in", "/home/alice/out", List.of("/var/spool/job41/script", "-v"),
                List.of("SPANK_X=1"), List.of("HOME=/home/alice", "SLURM_JOB_ID=41"), 4096,
                V22_05, JobCredentialCodecTest.sample(), new SelectJobInfo(SelectJobInfo.CONS_RES),
                "physics", "normal", "maint", 2, "gpu:closest", "gpu:high");
    }
}
