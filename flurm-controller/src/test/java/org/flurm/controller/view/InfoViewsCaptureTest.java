package org.flurm.controller.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.JobTable;
import org.flurm.core.state.Node;
import org.flurm.core.state.Partition;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.info.JobInfo;
import org.flurm.protocol.message.info.JobInfoResponse;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.message.info.PartitionInfo;
import org.flurm.protocol.message.info.PartitionInfoResponse;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;
import org.junit.jupiter.api.Test;

/**
 * The records FLURM sends for the state the real slurmctld was in when the captures were
 * taken (one held job, four idle nodes) equal the records it sent.
 */
class InfoViewsCaptureTest {

    private static final int NO_VAL = -2;

    private static <T> T captured(String file, int msgType, Class<T> type) throws Exception {
        for (CapturedFrame frame : Captures.read(file)) {
            if (frame.msgType() == msgType) {
                return type.cast(MessageCodecs.decode(msgType, frame.body(), frame.version()));
            }
        }
        throw new AssertionError(file + " has no " + msgType);
    }

    private static ClusterSnapshot fourNodes(List<Job> jobs) {
        final List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            nodes.add(new Node("n" + i, "vm", "127.0.0.1", 6817 + i, 2, 1, 2, 1, 1, 1000, 0, 1,
                    null, null, NodeState.IDLE, false, null, NO_VAL, 0));
        }
        final Partition debug = new Partition("debug", "n[1-4]", List.of(0, 1, 2, 3), true,
                Partition.STATE_UP, -1, NO_VAL, -1, 0, -1, Partition.FLAG_DEFAULT, 1, 1, 1, 0,
                null, null, null, null, null, null, null, null, 0, 0);
        JobTable table = JobTable.empty(1);
        for (Job job : jobs) {
            table = table.with(job);
        }
        return new ClusterSnapshot(0, 1, 0x03FFFFFF, 2, table, nodes, List.of(debug), 0, 0, 0);
    }

    @Test
    void aHeldJobIsSentAsTheRealControllerSentIt() throws Exception {
        final JobInfo real = captured("squeue.txt", 2004, JobInfoResponse.class).jobs().get(0);
        final long submit = real.times().submit();
        final Job job = new Job(1, "capjob", 0, 0, null, "debug", null, JobState.PENDING,
                JobStateReason.WAIT_HELD_USER, 0, 0,
                new Job.Times(submit, 0, 0, 0, -1, NO_VAL, 0),
                new Job.Resources(1, 0, 1, 1, 1, 0xFFFFFFFFFFFFFFFEL, 0xFFFE, false, null, null,
                        null),
                null, new Job.Launch("/tmp", "/dev/null", "/dev/null", "/dev/null", "true\n",
                        List.of(), List.of()),
                "localhost", 2864, 0, NO_VAL, null, 0, true, 0, 0, "root", null);

        final JobInfo sent = new InfoViews("ref").job(job, fourNodes(List.of(job)),
                real.showFlags());

        // the real job also carries bit 29 (JOB_DEPENDENT), which FLURM does not set
        assertThat(sent).usingRecursiveComparison().ignoringFields("bitflags").isEqualTo(real);
        assertThat(sent.bitflags()).isEqualTo(real.bitflags() & ~(1L << 29));
    }

    @Test
    void thePartitionIsSentAsTheRealControllerSentIt() throws Exception {
        final PartitionInfo real = captured("sinfo.txt", 2010, PartitionInfoResponse.class)
                .partitions().get(0);
        final ClusterSnapshot state = fourNodes(List.of());

        final PartitionInfo sent = new InfoViews("ref").partition(state.partitions().get(0),
                state.nodes());

        assertThat(sent).usingRecursiveComparison().isEqualTo(real);
    }
}
