package org.flurm.core.state;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;

/**
 * One job as the controller knows it: what was asked for, where it stands and what the
 * clients print about it ({@code squeue}, {@code scontrol show job}).
 *
 * <p>Numbers keep SLURM's encodings so they travel to the clients unchanged: a u32 limit of
 * {@code NO_VAL} (-2) means not set and {@code INFINITE} (-1) means unlimited; memory is in
 * MiB with SLURM's MEM_PER_CPU bit. Times are epoch seconds, 0 when not reached.
 *
 * <p>The script and environment are stored because the node daemon needs them to launch the
 * job; {@link #toString()} leaves them out so that they never reach a log.
 *
 * @param jobId        the id, never reused
 * @param name         the job name (sbatch -J)
 * @param userId       the submitter's uid, as MUNGE vouched for it
 * @param groupId      the submitter's gid
 * @param userName     the submitter's name when the controller could resolve it, else null
 * @param partition    the partition the job runs in
 * @param account      the account charged, or null
 * @param state        the base state
 * @param reason       why the job is in its state (pending reason)
 * @param priority     the priority (u32); 0 while held
 * @param nice         the nice value, without SLURM's NICE_OFFSET
 * @param times        submit, eligible, start and end times and the time limits
 * @param resources    what the job asked for
 * @param nodeList     the nodes allocated, null while pending
 * @param launch       how the job is started: directories, files, script, environment
 * @param allocNode    the host sbatch ran on
 * @param allocSid     the session id of the submitting process
 * @param arrayJobId   the array's job id, 0 for a job that is no array element
 * @param arrayTaskId  the task id within the array, NO_VAL for none
 * @param dependency   the dependency expression, or null
 * @param exitCode     the wait status of the batch script, 0 until it ends
 * @param requeue      whether the job may be requeued
 * @param restartCount how often the job has been requeued
 * @param mailType     sbatch --mail-type bits
 * @param mailUser     where mail goes, or null
 * @param comment      the job comment, or null
 * @param allocation   the resources the job holds while it runs or completes, else null
 */
public record Job(int jobId, String name, int userId, int groupId, String userName,
                  String partition, String account, JobState state, JobStateReason reason,
                  int priority, int nice, Times times, Resources resources, String nodeList,
                  Launch launch, String allocNode, int allocSid, int arrayJobId,
                  int arrayTaskId, String dependency, int exitCode, boolean requeue,
                  int restartCount, int mailType, String mailUser, String comment,
                  Allocation allocation) {

    public Job {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(launch, "launch");
    }

    /** A job that holds no resources. */
    public Job(int jobId, String name, int userId, int groupId, String userName,
               String partition, String account, JobState state, JobStateReason reason,
               int priority, int nice, Times times, Resources resources, String nodeList,
               Launch launch, String allocNode, int allocSid, int arrayJobId,
               int arrayTaskId, String dependency, int exitCode, boolean requeue,
               int restartCount, int mailType, String mailUser, String comment) {
        this(jobId, name, userId, groupId, userName, partition, account, state, reason,
                priority, nice, times, resources, nodeList, launch, allocNode, allocSid,
                arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount, mailType,
                mailUser, comment, null);
    }

    /**
     * What a started job holds, node by node, and which of its nodes have not yet confirmed
     * its end (the epilog ran): while any has not, the job is COMPLETING.
     *
     * @param nodeIndexes  the allocated nodes, as indexes into the node order, ascending
     * @param cpus         CPUs held on each of those nodes
     * @param memory       MiB held on each of those nodes, 0 where the job asked for none
     * @param completing   the nodes still ending the job, a subset of {@code nodeIndexes}
     */
    public record Allocation(List<Integer> nodeIndexes, List<Integer> cpus, List<Long> memory,
                             List<Integer> completing) {

        public Allocation {
            nodeIndexes = List.copyOf(nodeIndexes);
            cpus = List.copyOf(cpus);
            memory = List.copyOf(memory);
            completing = List.copyOf(completing);
            if (cpus.size() != nodeIndexes.size() || memory.size() != nodeIndexes.size()) {
                throw new IllegalArgumentException("one CPU and memory count per node");
            }
        }

        /** The same allocation with {@code nodes} left to confirm the end. */
        public Allocation withCompleting(List<Integer> nodes) {
            return new Allocation(nodeIndexes, cpus, memory, nodes);
        }

        /** The batch host: the first node. */
        public int batchHost() {
            return nodeIndexes.get(0);
        }
    }

    /** Whether the job has ended but some node has not yet confirmed it. */
    public boolean isCompleting() {
        return allocation != null && !allocation.completing().isEmpty();
    }

    /** The same job holding {@code newAllocation} (null: none). */
    public Job withAllocation(Allocation newAllocation) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, newAllocation);
    }

    /** The same job started on {@code newNodeList}. */
    public Job withNodeList(String newNodeList) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, newNodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    /** The same job with the batch script's wait status {@code newExitCode}. */
    public Job withExitCode(int newExitCode) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, newExitCode, requeue,
                restartCount, mailType, mailUser, comment, allocation);
    }

    /**
     * The job's times and limits.
     *
     * @param submit     when the job was accepted
     * @param eligible   when it became eligible to run, 0 while not eligible
     * @param start      when it started, or the expected start while pending (0 = unknown)
     * @param end        when it ended, or is expected to
     * @param timeLimit  minutes, INFINITE for none, NO_VAL for the partition's default
     * @param timeMin    the minimum time limit in minutes (sbatch --time-min), NO_VAL if unset
     * @param begin      the earliest start the user asked for (sbatch --begin), 0 for none
     */
    public record Times(long submit, long eligible, long start, long end, int timeLimit,
                        int timeMin, long begin) {
    }

    /**
     * What the job asked for, in SLURM's encodings.
     *
     * @param minNodes     nodes wanted at least
     * @param maxNodes     nodes accepted at most, 0 for no upper bound
     * @param minCpus      CPUs for the whole job
     * @param numTasks     tasks (sbatch -n)
     * @param cpusPerTask  CPUs per task
     * @param pnMinMemory  MiB per node, or per CPU with MEM_PER_CPU set; NO_VAL64 for default
     * @param shared       oversubscription wanted (u16, NO_VAL16 for the partition's rule)
     * @param contiguous   whether the nodes must be contiguous
     * @param features     the constraint expression, or null
     * @param reqNodes     nodes the job must run on, or null
     * @param excNodes     nodes the job must avoid, or null
     */
    public record Resources(int minNodes, int maxNodes, int minCpus, int numTasks,
                            int cpusPerTask, long pnMinMemory, int shared, boolean contiguous,
                            String features, String reqNodes, String excNodes) {
    }

    /**
     * How the job is launched. Holds the script and the environment, which may contain
     * secrets: never log this record.
     *
     * @param workDir      the working directory
     * @param stdIn        stdin path, or null for SLURM's default
     * @param stdOut       stdout path pattern, or null for slurm-%j.out
     * @param stdErr       stderr path pattern, or null to join stdout
     * @param script       the batch script
     * @param argv         the script's arguments
     * @param environment  the environment, NAME=value
     */
    public record Launch(String workDir, String stdIn, String stdOut, String stdErr,
                         String script, List<String> argv, List<String> environment) {

        public Launch {
            argv = List.copyOf(argv);
            environment = List.copyOf(environment);
        }

        @Override
        public String toString() {
            return "Launch[workDir=" + workDir + ", stdIn=" + stdIn + ", stdOut=" + stdOut
                    + ", stdErr=" + stdErr + ", script and environment not shown]";
        }
    }

    /** Whether the job has reached a state it never leaves (other than by requeue). */
    public boolean isFinished() {
        return switch (state) {
            case PENDING, RUNNING, SUSPENDED -> false;
            default -> true;
        };
    }

    /** Whether a hold keeps the job pending. */
    public boolean isHeld() {
        return state == JobState.PENDING && priority == 0;
    }

    public Job withState(JobState newState, JobStateReason newReason) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, newState,
                newReason, priority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    public Job withPriority(int newPriority, JobStateReason newReason) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                newReason, newPriority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    public Job withTimes(Times newTimes) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, newTimes, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    public Job withName(String newName) {
        return new Job(jobId, newName, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    public Job withRequeue(int newRestartCount) {
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, null, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue,
                newRestartCount, mailType, mailUser, comment, requeuedAllocation());
    }

    /**
     * What a requeued job keeps of its allocation: the nodes it ran on must still end it
     * (they complete it while it waits again); a job that held nothing keeps nothing.
     */
    private Allocation requeuedAllocation() {
        if (allocation == null || state != JobState.RUNNING && !isCompleting()) {
            return null;
        }
        return allocation.withCompleting(allocation.nodeIndexes());
    }

    /** A job as submitted, before the controller gives it an id and times. */
    public Job withIdentity(int newJobId, Times newTimes) {
        return new Job(newJobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, newTimes, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }

    public Job withPartition(String newPartition) {
        return new Job(jobId, name, userId, groupId, userName, newPartition, account, state,
                reason, priority, nice, times, resources, nodeList, launch, allocNode,
                allocSid, arrayJobId, arrayTaskId, dependency, exitCode, requeue, restartCount,
                mailType, mailUser, comment, allocation);
    }
}
