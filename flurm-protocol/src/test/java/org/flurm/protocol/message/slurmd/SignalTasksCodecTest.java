package org.flurm.protocol.message.slurmd;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.StepId;
import org.junit.jupiter.api.Test;

/** REQUEST_SIGNAL_TASKS (6004), as slurmctld sends it for {@code scancel --batch --signal}. */
class SignalTasksCodecTest {

    private static final int V22_05 = 0x2600;

    @Test
    void batchSignalIsStepIdThenFlagsThenSignal() throws Exception {
        final SignalTasks usr1 = new SignalTasks(StepId.batchScript(12),
                SignalTasks.KILL_JOB_BATCH, 10);

        final byte[] body = MessageCodecs.encode(6004, usr1, V22_05);

        assertThat(body).containsExactly(
                0, 0, 0, 12,
                0xFF, 0xFF, 0xFF, 0xFB,
                0xFF, 0xFF, 0xFF, 0xFE,
                0, 1,
                0, 10);
        assertThat(MessageCodecs.decode(6004, body, V22_05)).isEqualTo(usr1);
    }

    @Test
    void terminateTasksSharesTheLayout() throws Exception {
        final SignalTasks term = new SignalTasks(new StepId(7, 0, -2), 0, 15);

        final byte[] body = MessageCodecs.encode(6006, term, V22_05);

        assertThat(MessageCodecs.decode(6006, body, V22_05)).isEqualTo(term);
    }
}
