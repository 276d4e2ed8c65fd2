package org.flurm.core.command;

import java.util.List;
import java.util.Objects;

import org.flurm.core.state.Job;
import org.flurm.protocol.message.info.JobStateReason;

/**
 * A change to the cluster state. Commands are applied one at a time in log order, by one
 * writer, and each carries everything its outcome depends on (the time included), so that
 * applying the same log always gives the same state on every controller.
 *
 * <p>Who may issue a command is decided before it is proposed, by the request handler; the
 * command itself only checks what depends on the state (the job exists, is still pending,
 * ...). Where SLURM's rules depend on the requester's rank, the command carries that rank.
 */
public sealed interface Command {

    /** When the command was issued, epoch seconds: the only clock the state knows. */
    long time();

    /**
     * Accept a batch job. The job's id, times and state are filled in when it is applied.
     *
     * @param job   the job as requested: partition may be null for the default partition,
     *              priority 0 asks for a user hold
     * @param time  the submission time
     */
    record SubmitJob(Job job, long time) implements Command {
        public SubmitJob {
            Objects.requireNonNull(job, "job");
        }
    }

    /**
     * Signal a job; SIGKILL (what scancel sends) cancels it.
     *
     * @param jobId  the job
     * @param signal the signal number
     * @param uid    who asked
     * @param time   when
     */
    record SignalJob(int jobId, int signal, int uid, long time) implements Command {
        public static final int SIGKILL = 9;
    }

    /**
     * Change a job's settings; a null field is left as it is.
     *
     * @param jobId       the job
     * @param uid         who asked
     * @param privileged  whether the requester is root, SlurmUser, an operator or an
     *                    administrator (SLURM lets only those raise limits or lift admin holds)
     * @param priority    0 holds, INFINITE releases, another value sets the priority
     * @param userHold    whether a hold is a user hold (scontrol uhold, or any hold by a user)
     * @param timeLimit   the new time limit in minutes
     * @param name        the new job name
     * @param time        when
     */
    record UpdateJob(int jobId, int uid, boolean privileged, Integer priority, boolean userHold,
                     Integer timeLimit, String name, long time) implements Command {
    }

    /**
     * Put a job back into the queue.
     *
     * @param jobId  the job
     * @param uid    who asked
     * @param hold   whether it is held on its way back (scontrol requeuehold)
     * @param time   when
     */
    record RequeueJob(int jobId, int uid, boolean hold, long time) implements Command {
    }

    /**
     * Change the state of nodes as {@code scontrol update nodename=... state=...} does.
     *
     * @param nodeNames  the nodes, already expanded
     * @param nodeState  the requested state as REQUEST_UPDATE_NODE carries it: a base state
     *                   (DOWN, IDLE, ...) or the DRAIN, RESUME or UNDRAIN flag
     * @param reason     the reason text (required with DOWN and DRAIN), or null
     * @param uid        who asked
     * @param time       when
     */
    record UpdateNode(List<String> nodeNames, int nodeState, String reason, int uid,
                      long time) implements Command {
        public UpdateNode {
            nodeNames = List.copyOf(nodeNames);
        }
    }

    /**
     * Record why pending jobs wait, as the scheduler found; a job that is no longer pending
     * when this is applied keeps its state.
     *
     * @param reasons  the jobs and their reasons, in job id order
     * @param time     when the scheduler ran
     */
    record SetPendingReasons(List<PendingReason> reasons, long time) implements Command {
        public SetPendingReasons {
            reasons = List.copyOf(reasons);
        }
    }

    /** Why one pending job waits. */
    record PendingReason(int jobId, JobStateReason reason) {
        public PendingReason {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A node daemon registered: the node is usable again if it was UNKNOWN, or DOWN in a way
     * ReturnToService lets a registration undo; a drain stays.
     *
     * @param nodeName         the node
     * @param returnToService  slurm.conf's ReturnToService (0, 1 or 2)
     * @param time             when
     */
    record NodeRegistered(String nodeName, int returnToService, long time) implements Command {
        public NodeRegistered {
            Objects.requireNonNull(nodeName, "nodeName");
        }
    }

    /**
     * A node missed its pings for SlurmdTimeout: it goes DOWN with reason "Not responding"
     * and the jobs running on it fail.
     *
     * @param nodeName  the node
     * @param uid       SlurmUser, who sets the reason
     * @param time      when
     */
    record NodeNotResponding(String nodeName, int uid, long time) implements Command {
        public NodeNotResponding {
            Objects.requireNonNull(nodeName, "nodeName");
        }
    }

    /**
     * The scheduler starts a pending job on the resources it chose.
     *
     * @param jobId        the job
     * @param nodeIndexes  the nodes, as indexes into the node order, ascending
     * @param cpus         CPUs on each of those nodes
     * @param memory       MiB on each of those nodes
     * @param timeLimit    the time limit applied, minutes (INFINITE for none)
     * @param time         the start time
     */
    record StartJob(int jobId, List<Integer> nodeIndexes, List<Integer> cpus, List<Long> memory,
                    int timeLimit, long time) implements Command {
        public StartJob {
            nodeIndexes = List.copyOf(nodeIndexes);
            cpus = List.copyOf(cpus);
            memory = List.copyOf(memory);
        }
    }

    /**
     * The batch host could not be told to start the job: it is requeued and held (or fails,
     * when it may not be requeued).
     *
     * @param jobId  the job
     * @param time   when
     */
    record LaunchFailed(int jobId, long time) implements Command {
    }

    /**
     * The batch script ended (REQUEST_COMPLETE_BATCH_SCRIPT): the job ends and its nodes
     * start completing it.
     *
     * @param jobId       the job
     * @param waitStatus  the script's wait status
     * @param slurmRc     a SLURM error that kept the script from running, else 0
     * @param time        when
     */
    record CompleteBatchJob(int jobId, int waitStatus, int slurmRc, long time)
            implements Command {
    }

    /**
     * A node ran the job's epilog (MESSAGE_EPILOG_COMPLETE): it no longer completes the job.
     *
     * @param jobId     the job
     * @param nodeName  the node
     * @param time      when
     */
    record EpilogComplete(int jobId, String nodeName, long time) implements Command {
        public EpilogComplete {
            Objects.requireNonNull(nodeName, "nodeName");
        }
    }

    /**
     * A running job passed its time limit: it ends as TIMEOUT and its nodes kill it.
     *
     * @param jobId  the job
     * @param time   when
     */
    record JobTimedOut(int jobId, long time) implements Command {
    }
}
