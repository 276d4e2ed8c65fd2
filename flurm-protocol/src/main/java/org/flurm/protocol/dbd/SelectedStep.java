package org.flurm.protocol.dbd;

/** One job/step selector of sacct -j (slurm_selected_step_t); unset parts are NO_VAL. */
public record SelectedStep(int jobId, int stepId, int stepHetComp, int arrayTaskId,
                           int hetJobOffset) {
}
