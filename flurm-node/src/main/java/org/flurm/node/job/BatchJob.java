package org.flurm.node.job;

import java.util.concurrent.CompletableFuture;

import org.flurm.node.proctrack.JobProcesses;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;

/**
 * One batch job on this node, from launch until slurmctld has been told it ended and its
 * processes are gone.
 *
 * <p>{@link #scriptPid} is set once the script runs; {@link #reported} completes when
 * REQUEST_COMPLETE_BATCH_SCRIPT was delivered (or given up on), with the script's wait status.
 */
public final class BatchJob {

    private final BatchJobLaunch launch;
    private final String userName;
    private final JobProcesses processes;
    private final CompletableFuture<Integer> reported = new CompletableFuture<>();
    private volatile int scriptPid;
    private volatile boolean terminating;
    private volatile boolean exited;

    BatchJob(BatchJobLaunch launch, String userName, JobProcesses processes) {
        this.launch = launch;
        this.userName = userName;
        this.processes = processes;
    }

    public int jobId() {
        return launch.jobId();
    }

    public int uid() {
        return launch.uid();
    }

    public BatchJobLaunch launch() {
        return launch;
    }

    public String userName() {
        return userName;
    }

    public JobProcesses processes() {
        return processes;
    }

    public int scriptPid() {
        return scriptPid;
    }

    void scriptPid(int pid) {
        this.scriptPid = pid;
    }

    /** Whether the batch script has ended (its end may not be reported yet). */
    public boolean exited() {
        return exited;
    }

    void markExited() {
        this.exited = true;
    }

    /** Completes with the script's wait status once slurmctld was told the script ended. */
    public CompletableFuture<Integer> reported() {
        return reported;
    }

    public boolean terminating() {
        return terminating;
    }

    /** Marks the job as being killed; returns false if it already was. */
    synchronized boolean startTerminating() {
        if (terminating) {
            return false;
        }
        terminating = true;
        return true;
    }
}
