package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * A job step as SLURM names it on the wire ({@code slurm_step_id_t}): three u32s.
 *
 * @param stepId      a step number, or {@link Sentinels#SLURM_BATCH_SCRIPT} and its kin, or
 *                    NO_VAL for "the whole job"
 * @param stepHetComp the heterogeneous component, NO_VAL when not a het step
 */
public record StepId(int jobId, int stepId, int stepHetComp) {

    /** The batch script step of a job. */
    public static StepId batchScript(int jobId) {
        return new StepId(jobId, Sentinels.SLURM_BATCH_SCRIPT, Sentinels.NO_VAL);
    }

    /** The whole job, as kill requests name it. */
    public static StepId wholeJob(int jobId) {
        return new StepId(jobId, Sentinels.NO_VAL, Sentinels.NO_VAL);
    }

    static StepId read(Unpacker in) throws DecodeException {
        return new StepId(in.u32(), in.u32(), in.u32());
    }

    void write(Packer out) {
        out.u32(jobId).u32(stepId).u32(stepHetComp);
    }
}
