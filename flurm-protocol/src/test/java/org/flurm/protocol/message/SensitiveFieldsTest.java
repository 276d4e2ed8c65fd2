package org.flurm.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.protocol.testing.Captures;
import org.junit.jupiter.api.Test;

class SensitiveFieldsTest {

    @Test
    void submissionTextShowsNeitherScriptNorEnvironment() throws Exception {
        final byte[] body = Captures.read("sbatch_hold.txt").stream()
                .filter(frame -> frame.msgType() == MessageType.REQUEST_SUBMIT_BATCH_JOB.id())
                .findFirst().orElseThrow().body();

        final String text = MessageCodecs.decode(
                MessageType.REQUEST_SUBMIT_BATCH_JOB.id(), body, 0x2600).toString();

        assertThat(text).contains("capjob").contains("environment=<16 entries>");
        assertThat(text).doesNotContain("SLURM_CONF=").doesNotContain("#!/bin/sh");
    }

    @Test
    void batchLaunchTextShowsNeitherScriptNorEnvironment() throws Exception {
        final byte[] body = Captures.ofType(MessageType.REQUEST_BATCH_JOB_LAUNCH.id())
                .getFirst().body();

        final String text = MessageCodecs.decode(
                MessageType.REQUEST_BATCH_JOB_LAUNCH.id(), body, 0x2600).toString();

        assertThat(text).contains("script=<64 chars>").contains("environment=<16 entries>");
        assertThat(text).doesNotContain("PATH=").doesNotContain("#!/bin/sh");
    }
}
