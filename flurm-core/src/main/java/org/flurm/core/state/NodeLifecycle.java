package org.flurm.core.state;

import java.util.ArrayList;
import java.util.List;

import org.flurm.config.hostlist.Hostlist;
import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.JobTimedOut;
import org.flurm.core.command.Command.LaunchFailed;
import org.flurm.core.command.Command.NodeNotResponding;
import org.flurm.core.command.Command.NodeRegistered;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.CommandResult;
import org.flurm.core.command.ErrorCodes;
import org.flurm.core.state.ClusterState.Outcome;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands of the node daemon side, applied for {@link ClusterState}: nodes registering
 * and going silent, jobs starting on nodes, ending, and their nodes completing them.
 *
 * <p>A job's end (completion, cancel, time limit, node failure) leaves every node of its
 * allocation completing it, as slurmctld's JOB_COMPLETING; each node's epilog confirmation
 * releases that node, and the job leaves COMPLETING with the last one.
 */
final class NodeLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLifecycle.class);

    /** The reason slurmctld gives a node that stopped answering its pings. */
    static final String NOT_RESPONDING = "Not responding";

    private static final int INFINITE = -1;
    private static final int NO_VAL = -2;
    /** slurmctld's end time for a job without a time limit: a year after its start. */
    private static final long YEAR_SECONDS = 365L * 24 * 3600;

    private NodeLifecycle() {
    }

    static Outcome registered(ClusterSnapshot state, NodeRegistered command) {
        final int index = state.nodeIndex(command.nodeName());
        if (index < 0) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_NAME);
        }
        final Node node = state.nodes().get(index);

        // ReturnToService: 0 only UNKNOWN nodes come back, 1 also those DOWN for not
        // responding, 2 every DOWN node
        final boolean downForSilence = node.state() == NodeState.DOWN
                && NOT_RESPONDING.equals(node.reason());
        final boolean returns = node.state() == NodeState.UNKNOWN
                || node.state() == NodeState.DOWN && (command.returnToService() == 2
                        || command.returnToService() == 1 && downForSilence);
        if (!returns) {
            return new Outcome(CommandResult.ok(0), null);
        }
        final Node usable = node.drain()
                ? node.withState(NodeState.IDLE, true, node.reason(), node.reasonUid(),
                        node.reasonTime())
                : node.withState(NodeState.IDLE, false, null, NO_VAL, 0);
        LOG.info("node={} registered, state {} -> IDLE", node.name(), node.state());
        return new Outcome(CommandResult.ok(0), withNode(state, index, usable, command.time()));
    }

    static Outcome notResponding(ClusterSnapshot state, NodeNotResponding command) {
        final int index = state.nodeIndex(command.nodeName());
        if (index < 0) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_NAME);
        }
        final Node node = state.nodes().get(index);
        final Node down = node.withState(NodeState.DOWN, node.drain(), NOT_RESPONDING,
                command.uid(), command.time());
        ClusterSnapshot after = withNode(state, index, down, command.time());
        LOG.warn("node={} not responding, set DOWN", node.name());

        // its running jobs fail; the node itself can no longer confirm their end
        JobTable jobs = after.jobs();
        for (Job job : after.jobs()) {
            final Job.Allocation a = job.allocation();
            if (a == null || !a.nodeIndexes().contains(index)) {
                continue;
            }
            Job changed = job;
            if (job.state() == JobState.RUNNING) {
                changed = ended(job, JobState.NODE_FAIL, JobStateReason.FAIL_DOWN_NODE,
                        command.time());
                LOG.info("job={} failed with node={}", job.jobId(), node.name());
            }
            final List<Integer> completing = new ArrayList<>(changed.allocation().completing());
            completing.remove(Integer.valueOf(index));
            jobs = jobs.with(changed.withAllocation(changed.allocation()
                    .withCompleting(completing)));
        }
        after = new ClusterSnapshot(after.appliedIndex(), after.firstJobId(), after.maxJobId(),
                after.nextJobId(), jobs, after.nodes(), after.partitions(), command.time(),
                after.lastNodeUpdate(), after.lastPartitionUpdate());
        return new Outcome(CommandResult.ok(0), after);
    }

    static Outcome start(ClusterSnapshot state, StartJob command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.state() != JobState.PENDING || job.isHeld() || job.isCompleting()) {
            return Outcome.rejected(ErrorCodes.ESLURM_JOB_NOT_PENDING);
        }
        if (command.nodeIndexes().isEmpty()) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_NAME);
        }
        final List<String> names = new ArrayList<>();
        for (int index : command.nodeIndexes()) {
            if (index < 0 || index >= state.nodes().size()) {
                return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_NAME);
            }
            names.add(state.nodes().get(index).name());
        }

        final Job.Times t = job.times();
        final long end = command.timeLimit() == INFINITE || command.timeLimit() == NO_VAL
                ? command.time() + YEAR_SECONDS
                : command.time() + Integer.toUnsignedLong(command.timeLimit()) * 60;
        final Job running = job.withState(JobState.RUNNING, JobStateReason.WAIT_NO_REASON)
                .withTimes(new Job.Times(t.submit(), t.eligible(), command.time(), end,
                        t.timeLimit(), t.timeMin(), t.begin()))
                .withNodeList(Hostlist.compress(names))
                .withAllocation(new Job.Allocation(command.nodeIndexes(), command.cpus(),
                        command.memory(), List.of()));
        LOG.info("job={} started on {}", job.jobId(), running.nodeList());
        return new Outcome(CommandResult.ok(job.jobId()),
                ClusterState.withJob(state, running, command.time()));
    }

    static Outcome launchFailed(ClusterSnapshot state, LaunchFailed command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.state() != JobState.RUNNING) {
            return Outcome.rejected(ErrorCodes.ESLURM_ALREADY_DONE);
        }

        // a requeueable job goes back held, so a broken node cannot make it start and fail
        // over and over; an administrator releases it
        final Job after;
        if (job.requeue()) {
            final Job.Times t = job.times();
            after = job.withRequeue(job.restartCount() + 1)
                    .withState(JobState.PENDING, JobStateReason.WAIT_HELD)
                    .withPriority(0, JobStateReason.WAIT_HELD)
                    .withTimes(new Job.Times(t.submit(), 0, 0, 0, t.timeLimit(), t.timeMin(),
                            t.begin()));
            LOG.warn("job={} launch failed; requeued and held", job.jobId());
        } else {
            after = ended(job, JobState.FAILED, JobStateReason.FAIL_LAUNCH, command.time());
            LOG.warn("job={} launch failed", job.jobId());
        }
        return new Outcome(CommandResult.ok(job.jobId()),
                ClusterState.withJob(state, after, command.time()));
    }

    static Outcome complete(ClusterSnapshot state, CompleteBatchJob command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.state() != JobState.RUNNING) {
            // already ended (cancelled, timed out): only the script's status is new
            if (job.allocation() == null || job.exitCode() == command.waitStatus()) {
                return Outcome.rejected(ErrorCodes.ESLURM_ALREADY_DONE);
            }
            return new Outcome(CommandResult.ok(job.jobId()), ClusterState.withJob(state,
                    job.withExitCode(command.waitStatus()), command.time()));
        }
        final Job ended;
        if (command.slurmRc() != 0) {
            ended = ended(job, JobState.FAILED, JobStateReason.FAIL_LAUNCH, command.time());
        } else if (command.waitStatus() != 0) {
            ended = ended(job, JobState.FAILED, JobStateReason.FAIL_EXIT_CODE, command.time());
        } else {
            ended = ended(job, JobState.COMPLETE, JobStateReason.WAIT_NO_REASON,
                    command.time());
        }
        LOG.info("job={} ended state={} status={}", job.jobId(), ended.state(),
                command.waitStatus());
        return new Outcome(CommandResult.ok(job.jobId()), ClusterState.withJob(state,
                ended.withExitCode(command.waitStatus()), command.time()));
    }

    static Outcome epilog(ClusterSnapshot state, EpilogComplete command) {
        final Job job = state.job(command.jobId()).orElse(null);
        final int index = state.nodeIndex(command.nodeName());
        if (job == null || index < 0) {
            return Outcome.rejected(job == null ? ErrorCodes.ESLURM_INVALID_JOB_ID
                    : ErrorCodes.ESLURM_INVALID_NODE_NAME);
        }
        if (!job.isCompleting() || !job.allocation().completing().contains(index)) {
            return new Outcome(CommandResult.ok(job.jobId()), null);
        }
        final List<Integer> completing = new ArrayList<>(job.allocation().completing());
        completing.remove(Integer.valueOf(index));
        if (completing.isEmpty()) {
            LOG.info("job={} completed on every node", job.jobId());
        }
        return new Outcome(CommandResult.ok(job.jobId()), ClusterState.withJob(state,
                job.withAllocation(job.allocation().withCompleting(completing)),
                command.time()));
    }

    static Outcome timedOut(ClusterSnapshot state, JobTimedOut command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.state() != JobState.RUNNING) {
            return Outcome.rejected(ErrorCodes.ESLURM_ALREADY_DONE);
        }
        LOG.info("job={} reached its time limit", job.jobId());
        return new Outcome(CommandResult.ok(job.jobId()), ClusterState.withJob(state,
                ended(job, JobState.TIMEOUT, JobStateReason.FAIL_TIMEOUT, command.time()),
                command.time()));
    }

    /** Every node of {@code allocation} completing the job; null stays null. */
    static Job.Allocation allCompleting(Job.Allocation allocation) {
        return allocation == null ? null : allocation.withCompleting(allocation.nodeIndexes());
    }

    /** {@code job} ended at {@code time} in {@code newState}, its nodes completing it. */
    private static Job ended(Job job, JobState newState, JobStateReason reason, long time) {
        final Job.Times t = job.times();
        return job.withState(newState, reason)
                .withTimes(new Job.Times(t.submit(), t.eligible(), t.start(), time,
                        t.timeLimit(), t.timeMin(), t.begin()))
                .withAllocation(allCompleting(job.allocation()));
    }

    private static ClusterSnapshot withNode(ClusterSnapshot state, int index, Node node,
                                            long time) {
        final List<Node> nodes = new ArrayList<>(state.nodes());
        nodes.set(index, node);
        return new ClusterSnapshot(state.appliedIndex(), state.firstJobId(), state.maxJobId(),
                state.nextJobId(), state.jobs(), nodes, state.partitions(),
                state.lastJobUpdate(), time, state.lastPartitionUpdate());
    }
}
