package org.flurm.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The normalisation rules, each on a line the stock clients print. */
class NormaliserTest {

    private final Normaliser normaliser = new Normaliser(new Normaliser.Site(
            Path.of("/tmp/t"), Path.of("/tmp/t/work"), Path.of("/shared/corpus/sbatch"), "vm",
            7917, List.of(7918, 7919), "flurmacc", 1001, 1002));

    @Test
    void jobIdsBecomeSymbolsInTheOrderTheTargetFirstPrintedThem() {
        final JobIds ids = new JobIds();
        normaliser.normalise(ids, "sbatch", "Submitted batch job 100007\n");
        normaliser.normalise(ids, "sbatch", "Submitted batch job 100003\n");

        assertThat(normaliser.normalise(ids, "squeue", "100003_[1-3] 100007 2 1000\n"))
                .isEqualTo("J2_[1-3] J1 2 1000\n");
        assertThat(ids.resolve("scancel $J2_1 $J1")).isEqualTo("scancel 100003_1 100007");
    }

    @Test
    void anIdTheCommandNamedItselfIsNotASymbol() {
        final JobIds ids = new JobIds();

        assertThat(normaliser.normalise(ids, "scontrol hold 99999999",
                "Invalid job id specified for job 99999999\n"))
                .isEqualTo("Invalid job id specified for job 99999999\n");
    }

    @Test
    void timesSessionsDirectoriesPortsHostAndUidAreReplaced() {
        final String line = "SubmitTime=2026-12-03T18:07:51 RunTime=00:01:02"
                + " AllocNode:Sid=vm:3721 StdOut=/tmp/t/work/o.txt conf=/tmp/t/etc"
                + " port=7917 node=7919 NodeHostName=vm UserId=flurmacc(1001) GroupId=x(1002)";

        assertThat(normaliser.normalise(new JobIds(), "scontrol", line)).isEqualTo(
                "SubmitTime=<TIME> RunTime=<ELAPSED> AllocNode:Sid=<HOST>:<SID>"
                        + " StdOut=<WORKDIR>/o.txt conf=<TARGET_DIR>/etc port=<CTLD_PORT>"
                        + " node=<NODE_PORT_2> NodeHostName=<HOST> UserId=flurmacc(<UID2>)"
                        + " GroupId=x(<GID2>)");
    }

    @Test
    void theDateAboveALongListingIsReplaced() {
        assertThat(normaliser.normalise(new JobIds(), "sinfo -l", "Thu Dec 03 18:07:51 2026\n"))
                .isEqualTo("<TIME>\n");
    }

    @Test
    void theElapsedTimeColumnOfSqueueIsKept() {
        assertThat(normaliser.normalise(new JobIds(), "squeue", "PD 0:00 1 10:00\n"))
                .isEqualTo("PD 0:00 1 10:00\n");
    }
}
