package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;
import org.junit.jupiter.api.Test;

class JobCredentialCodecTest {

    private static final int V22_05 = 0x2600;

    @Test
    void everyFieldIncludingTheSignatureSurvivesARoundTrip() throws Exception {
        final JobCredential cred = sample();
        final Packer out = new Packer();
        JobCredentialCodec.write(cred, out, V22_05);
        final byte[] bytes = out.toByteArray();

        final Unpacker in = new Unpacker(bytes);
        final JobCredential decoded = JobCredentialCodec.read(in, V22_05);
        in.expectEnd("credential");

        assertThat(decoded).usingRecursiveComparison().isEqualTo(cred);
        assertThat(decoded.signature()).asString(StandardCharsets.UTF_8)
                .isEqualTo("MUNGE:signed:\0");
    }

    @Test
    void unsignedCredentialEndsWithAZeroLengthSignature() {
        final JobCredential unsigned = withoutSignature(sample());
        final Packer out = new Packer();
        JobCredentialCodec.write(unsigned, out, V22_05);
        final byte[] bytes = out.toByteArray();

        assertThat(bytes).endsWith(0, 0, 0, 0);
    }

    @Test
    void coreCountThatDisagreesWithTheBitmapIsRefused() {
        final Packer out = new Packer();
        JobCredentialCodec.write(sample(), out, V22_05);
        final byte[] bytes = out.toByteArray();
        // the only u32 16 followed by the bitmap's own u32 16 is tot_core_cnt
        final int at = indexOf(bytes, new byte[] {0, 0, 0, 16, 0, 0, 0, 16});
        bytes[at + 3] = 15;

        assertThatThrownBy(() -> JobCredentialCodec.read(new Unpacker(bytes), V22_05))
                .hasMessageContaining("tot_core_cnt 15")
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void credentialWithGresRecordsIsRefusedAsUnsupported() {
        final Packer out = new Packer();
        sample().stepId().write(out);
        out.u32(0).u32(0).str(null).str(null).str(null).str(null).u32Array(null)
                .strArray(null).u16(1);

        assertThatThrownBy(() -> JobCredentialCodec.read(new Unpacker(out.toByteArray()), V22_05))
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void groupNamesMustMatchTheGids() {
        assertThatThrownBy(() -> new JobCredential(new StepId(1, 2, 3), 0, 0, null, null, null,
                null, new int[] {1, 2}, List.of("one"), 0, null, null, null, null, null, null, 0,
                null, null, null, null, 0, 0, null, null, null, null, null, null, null, 0, 0, null,
                null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    private static JobCredential withoutSignature(JobCredential c) {
        return new JobCredential(c.stepId(), c.uid(), c.gid(), c.pwName(), c.pwGecos(),
                c.pwDir(), c.pwShell(), c.gids(), c.grNames(), c.jobCoreSpec(), c.jobAccount(),
                c.jobAliasList(), c.jobComment(), c.jobConstraints(), c.jobPartition(),
                c.jobReservation(), c.jobRestartCnt(), c.jobStdErr(), c.jobStdIn(),
                c.jobStdOut(), c.stepHostlist(), c.x11(), c.ctime(), c.jobCoreBitmap(),
                c.stepCoreBitmap(), c.coresPerSocket(), c.socketsPerNode(), c.sockCoreRepCount(),
                c.cpuArray(), c.cpuArrayReps(), c.jobNhosts(), c.jobNtasks(), c.jobHostlist(),
                c.jobMemAlloc(), c.jobMemAllocRepCount(), c.stepMemAlloc(),
                c.stepMemAllocRepCount(), c.selinuxContext(), null);
    }

    /** A credential with every field set to something other than its default. */
    static JobCredential sample() {
        return new JobCredential(new StepId(41, 7, 1), 1001, 1002, "alice", "Alice A",
                "/home/alice", "/bin/zsh", new int[] {1002, 27}, List.of("alice", "sudo"), 3,
                "physics", "n1:10.0.0.1:n1", "a comment", "ib&gpu", "batch", "maint", 2,
                "/home/alice/err", "/home/alice/in", "/home/alice/out", "n[1-2]", 1,
                1796314661L, Bitmap.of(16, 0, 1, 8, 9), Bitmap.of(16, 1, 9),
                new int[] {4, 8}, new int[] {2, 1}, new int[] {1, 1},
                new int[] {8, 4}, new int[] {1, 1}, 2, 4, "n[1-2]",
                new long[] {1024, 2048}, new int[] {1, 1},
                new long[] {512}, new int[] {2}, "user_u:user_r:user_t",
                "MUNGE:signed:\0".getBytes(StandardCharsets.UTF_8));
    }
}
