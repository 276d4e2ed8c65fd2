package org.flurm.acceptance;

/**
 * One line of a scenario. Commands are shell text run by {@code bash -c}; before that,
 * {@code $J1}, {@code $J2}, ... are replaced by the real ids of the scenario's jobs in the order
 * the target first printed them, and {@code $CORPUS} and {@code $USER2} are set in the
 * environment.
 */
public sealed interface Step {

    /** Runs a command as root; its output is not compared, but it must exit 0. */
    record Setup(String command) implements Step { }

    /** Runs a command as root or as the second user; its output and exit code are compared. */
    record Run(String command, boolean asSecondUser) implements Step { }

    /**
     * Runs {@code copies} instances of a command at once; the sorted list of their normalised
     * outputs is compared, as the order in which concurrent submitters finish is not.
     */
    record Parallel(int copies, String command, boolean asSecondUser) implements Step { }

    /**
     * Polls {@code scontrol show job} until a field of a job ({@code JobState} or
     * {@code Reason}) has a value, for at most some seconds.
     */
    record WaitState(String jobRef, String field, String value, int timeoutSeconds)
            implements Step {

        /** How the step is written in a scenario and shown in a transcript. */
        String keyword() {
            return field.equals("Reason") ? "wait-reason" : "wait";
        }
    }

    /** Polls {@code squeue} until the queue shows no job at all, for at most some seconds. */
    record WaitEmpty(int timeoutSeconds) implements Step { }

    /** Runs a command as root after everything else, even after a failure; not compared. */
    record Cleanup(String command) implements Step { }
}
