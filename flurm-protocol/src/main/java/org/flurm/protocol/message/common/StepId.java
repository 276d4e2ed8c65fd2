package org.flurm.protocol.message.common;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * SLURM's {@code step_id} ({@code slurm_step_id_t}): which step of which job, and which
 * component of a heterogeneous step. Three u32s on the wire, NO_VAL where a part is not given.
 *
 * @param jobId       the job, or NO_VAL when a job id string names it instead
 * @param stepId      the step, NO_VAL for the whole job, or one of the special step ids
 *                    ({@link Sentinels#SLURM_BATCH_SCRIPT}, ...)
 * @param stepHetComp the het step component, NO_VAL for none
 */
public record StepId(int jobId, int stepId, int stepHetComp) {

    /** No part given: the job is named some other way. */
    public static final StepId NONE =
            new StepId(Sentinels.NO_VAL, Sentinels.NO_VAL, Sentinels.NO_VAL);

    /** The batch script step of a job. */
    public static StepId batchScript(int jobId) {
        return new StepId(jobId, Sentinels.SLURM_BATCH_SCRIPT, Sentinels.NO_VAL);
    }

    /** The whole job, as kill requests name it. */
    public static StepId wholeJob(int jobId) {
        return new StepId(jobId, Sentinels.NO_VAL, Sentinels.NO_VAL);
    }

    public static StepId read(Unpacker in) throws DecodeException {
        final int jobId = in.u32();
        final int stepId = in.u32();
        final int stepHetComp = in.u32();
        return new StepId(jobId, stepId, stepHetComp);
    }

    public void write(Packer out) {
        out.u32(jobId).u32(stepId).u32(stepHetComp);
    }
}
