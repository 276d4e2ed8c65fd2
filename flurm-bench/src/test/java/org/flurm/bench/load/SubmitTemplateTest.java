package org.flurm.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.job.JobDescriptor;
import org.junit.jupiter.api.Test;

/** The load driver's job template, read from the sbatch --hold capture. */
class SubmitTemplateTest {

    private static final Path CAPTURE = Path.of(System.getProperty("flurm.shared.dir"))
            .resolve("protocol-captures/sbatch_hold.txt");

    @Test
    void theCapturedNameGivesBackTheCapturedBodyByteForByte() throws Exception {
        final byte[] captured = SubmitTemplate.firstRequest(CAPTURE, 4003).body();

        assertThat(SubmitTemplate.fromCapture(CAPTURE).body("capjob")).isEqualTo(captured);
    }

    @Test
    void anotherNameChangesOnlyTheName() throws Exception {
        final SubmitTemplate template = SubmitTemplate.fromCapture(CAPTURE);

        final JobDescriptor renamed = (JobDescriptor) MessageCodecs.decode(4003,
                template.body("load17"), template.protocolVersion());
        final JobDescriptor original = (JobDescriptor) MessageCodecs.decode(4003,
                template.body("capjob"), template.protocolVersion());

        assertThat(renamed.identity().name()).isEqualTo("load17");
        assertThat(renamed.launch()).isEqualTo(original.launch());
        assertThat(renamed.scheduling()).isEqualTo(original.scheduling());
    }

    @Test
    void aCaptureWithoutTheMessageIsRefused() {
        final Path squeue = CAPTURE.resolveSibling("squeue.txt");

        assertThatThrownBy(() -> SubmitTemplate.fromCapture(squeue))
                .isInstanceOf(IOException.class)
                .hasMessage(squeue + " holds no message of type 4003 from a client");
    }
}
