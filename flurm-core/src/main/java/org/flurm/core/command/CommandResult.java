package org.flurm.core.command;

/**
 * What applying a command gave: SLURM's return code and, for a submission, the new job's id.
 *
 * @param rc     0 for success, else a SLURM error number; a held submission succeeds with
 *               ESLURM_JOB_HELD, as slurmctld answers sbatch --hold
 * @param jobId  the job the command created or acted on, 0 when none
 */
public record CommandResult(int rc, int jobId) {

    public static CommandResult ok(int jobId) {
        return new CommandResult(0, jobId);
    }

    public static CommandResult error(int rc) {
        return new CommandResult(rc, 0);
    }

    /** Whether the state changed. */
    public boolean succeeded() {
        return rc == 0 || rc == ErrorCodes.ESLURM_JOB_HELD;
    }
}
