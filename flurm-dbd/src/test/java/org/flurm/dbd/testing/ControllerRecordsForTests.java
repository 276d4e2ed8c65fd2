package org.flurm.dbd.testing;

import static org.flurm.protocol.pack.Sentinels.INFINITE;
import static org.flurm.protocol.pack.Sentinels.NO_VAL;
import static org.flurm.protocol.pack.Sentinels.NO_VAL64;

import org.flurm.protocol.dbd.JobComplete;
import org.flurm.protocol.dbd.JobStart;
import org.flurm.protocol.dbd.StepComplete;
import org.flurm.protocol.dbd.StepStart;

/** Job records shaped like the ones slurmctld sends (captures job_lifecycle*). */
public final class ControllerRecordsForTests {

    private ControllerRecordsForTests() {
    }

    /** A running job on node d1 in partition debug, one CPU. */
    public static JobStart jobStart(int jobId, String name, int uid, String account,
                                    long submit, long start) {
        return new JobStart(account, 1, 0, 0, NO_VAL, null, 0, 0, null, null, 0x4, NO_VAL64,
                submit, uid, null, jobId, 1, 0, null, name, "d1", "0", 0, NO_VAL, "debug",
                0xFFFEFFFF, 1, 1, 0, 0, start, "sbatch --wrap true", submit, INFINITE,
                "1=1,2=100,4=1,5=1", "1=1,2=100,4=1,5=1", uid, null, "/tmp", null, null);
    }

    /** The end of a job; {@code state} 3 COMPLETE, 5 FAILED; exit code as a wait status. */
    public static JobComplete jobComplete(int jobId, long submit, long start, long end,
                                          int state, int exitStatus) {
        return new JobComplete(null, 0, null, 0, 0, end, exitStatus, jobId, state, "d1",
                INFINITE, start, submit, null, "1=1,2=100,4=1,5=1");
    }

    /** SLURM_BATCH_SCRIPT, the batch step's id. */
    public static final int BATCH_STEP = 0xFFFFFFFB;

    /** A step's start, one task on d1. */
    public static StepStart stepStart(int jobId, int stepId, String name, long submit,
                                      long start) {
        return new StepStart(0, 0, null, name, "d1", "0", 1, start, submit, 0, 0, 0, jobId,
                stepId, NO_VAL, null, 0, 1, "1=1,2=0,4=1");
    }

    /** A step's end, as slurmctld reports it (state still RUNNING). */
    public static StepComplete stepComplete(int jobId, int stepId, long submit, long start,
                                            long end, int exitStatus) {
        return new StepComplete(0, 0, end, exitStatus, null, submit, null, INFINITE, start, 1,
                jobId, stepId, NO_VAL, 1);
    }
}
