package org.flurm.core.scheduler;

/** The answer to a submission: take it, take it but it will wait for a limit, or refuse it. */
public sealed interface SubmitVerdict {

    /** Accepted; the scheduler decides when it runs. */
    record Accept() implements SubmitVerdict {
    }

    /**
     * Accepted, but it will pend until a limit or the partition state changes.
     *
     * @param reason the pending reason squeue will show
     */
    record AcceptPending(JobStateReason reason) implements SubmitVerdict {
    }

    /**
     * Refused; sbatch prints the error's text.
     *
     * @param error   the error number sent to the client
     * @param message a sentence for the controller's log
     */
    record Reject(SlurmErrno error, String message) implements SubmitVerdict {
    }

    SubmitVerdict ACCEPT = new Accept();
}
