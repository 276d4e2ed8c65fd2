package org.flurm.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.flurm.core.command.Command;
import org.flurm.config.hostlist.Hostlist;
import org.flurm.core.command.Command.CompleteBatchJob;
import org.flurm.core.command.Command.EpilogComplete;
import org.flurm.core.command.Command.JobTimedOut;
import org.flurm.core.command.Command.LaunchFailed;
import org.flurm.core.command.Command.NodeNotResponding;
import org.flurm.core.command.Command.NodeRegistered;
import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.RequeueJob;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.SignalJob;
import org.flurm.core.command.Command.StartJob;
import org.flurm.core.command.Command.SubmitJob;
import org.flurm.core.command.Command.UpdateJob;
import org.flurm.core.command.Command.UpdateNode;
import org.flurm.core.command.CommandResult;
import org.flurm.core.command.ErrorCodes;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the cluster state: applies commands in log order and publishes each
 * result as a new {@link ClusterSnapshot}. Only the replicated log's apply thread calls
 * {@link #apply}; any thread may call {@link #snapshot()}.
 *
 * <p>Applying is a pure function of the snapshot and the command: no clock, no randomness, no
 * look-ups outside the state, so every controller that applies the same log agrees.
 *
 * <p>LIMIT: finished jobs are never purged (slurm.conf's MinJobAge is not applied), so the job
 * table and the snapshots grow with every job ever submitted.
 */
public final class ClusterState {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterState.class);

    /** priority/basic's first priority; each later job gets one less. */
    private static final long TOP_PRIORITY = 0xFFFF0000L;

    private static final int INFINITE = -1;
    private static final int NO_VAL = -2;

    private volatile ClusterSnapshot current;

    public ClusterState(ClusterSnapshot initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The state after the last command applied. Cheap: it is a published reference. */
    public ClusterSnapshot snapshot() {
        return current;
    }

    /** Replaces the whole state, as when a saved snapshot is loaded. */
    public void restore(ClusterSnapshot snapshot) {
        current = Objects.requireNonNull(snapshot, "snapshot");
    }

    /**
     * Applies one command taken from the log at {@code index}.
     *
     * @return SLURM's return code and the job concerned
     */
    public CommandResult apply(Command command, long index) {
        final ClusterSnapshot before = current;
        final Outcome outcome = switch (command) {
            case SubmitJob submit -> submit(before, submit);
            case SignalJob signal -> signal(before, signal);
            case UpdateJob update -> update(before, update);
            case RequeueJob requeue -> requeue(before, requeue);
            case UpdateNode update -> updateNode(before, update);
            case SetPendingReasons reasons -> setPendingReasons(before, reasons);
            case NodeRegistered registered -> NodeLifecycle.registered(before, registered);
            case NodeNotResponding lost -> NodeLifecycle.notResponding(before, lost);
            case StartJob start -> NodeLifecycle.start(before, start);
            case LaunchFailed failed -> NodeLifecycle.launchFailed(before, failed);
            case CompleteBatchJob complete -> NodeLifecycle.complete(before, complete);
            case EpilogComplete epilog -> NodeLifecycle.epilog(before, epilog);
            case JobTimedOut timedOut -> NodeLifecycle.timedOut(before, timedOut);
        };
        final ClusterSnapshot after = outcome.state == null ? before : outcome.state;
        current = new ClusterSnapshot(index, after.firstJobId(), after.maxJobId(),
                after.nextJobId(), after.jobs(), after.nodes(), after.partitions(),
                after.lastJobUpdate(), after.lastNodeUpdate(), after.lastPartitionUpdate());
        return outcome.result;
    }

    /** A command's result and the state it leaves, null when nothing changed. */
    record Outcome(CommandResult result, ClusterSnapshot state) {

        static Outcome rejected(int rc) {
            return new Outcome(CommandResult.error(rc), null);
        }
    }

    private static Outcome submit(ClusterSnapshot state, SubmitJob command) {
        final Job requested = command.job();

        // the partition: the one named, else the default one
        final Partition partition;
        if (requested.partition() == null) {
            partition = state.defaultPartition().orElse(null);
            if (partition == null) {
                return Outcome.rejected(ErrorCodes.ESLURM_DEFAULT_PARTITION_NOT_SET);
            }
        } else {
            partition = state.partition(requested.partition()).orElse(null);
            if (partition == null) {
                return Outcome.rejected(ErrorCodes.ESLURM_INVALID_PARTITION_NAME);
            }
        }
        if (state.job(state.nextJobId()).isPresent()) {
            // the id counter wrapped onto jobs not yet purged: the table is full
            return Outcome.rejected(ErrorCodes.ESLURM_ERROR_ON_DESC_TO_RECORD_COPY);
        }

        // id, times, priority and the reason it waits
        final int jobId = state.nextJobId();
        final boolean held = requested.priority() == 0;
        final long priority = held ? 0
                : basicPriority(state, jobId);
        final Job.Times asked = requested.times();
        final int timeLimit = asked.timeLimit() != NO_VAL ? asked.timeLimit()
                : partition.defaultTime() != NO_VAL ? partition.defaultTime()
                : partition.maxTime();
        final Job.Times times = new Job.Times(command.time(), held ? 0 : command.time(), 0, 0,
                timeLimit, asked.timeMin(), asked.begin());
        final JobStateReason reason = held ? JobStateReason.WAIT_HELD_USER
                : pendingReason(state, partition, timeLimit);
        final Job job = requested.withIdentity(jobId, times).withPartition(partition.name())
                .withPriority((int) priority, reason).withState(JobState.PENDING, reason);

        final int nextJobId = Integer.compareUnsigned(jobId, state.maxJobId()) >= 0
                ? state.firstJobId() : jobId + 1;
        LOG.info("job={} submitted user={} partition={} held={}", jobId, job.userId(),
                partition.name(), held);
        final ClusterSnapshot after = new ClusterSnapshot(state.appliedIndex(),
                state.firstJobId(), state.maxJobId(), nextJobId, state.jobs().with(job),
                state.nodes(), state.partitions(), command.time(), state.lastNodeUpdate(),
                state.lastPartitionUpdate());
        return new Outcome(new CommandResult(held ? ErrorCodes.ESLURM_JOB_HELD : 0, jobId),
                after);
    }

    /** priority/basic: first come, first served, each job one below the one before. */
    private static long basicPriority(ClusterSnapshot state, int jobId) {
        return Math.max(1, TOP_PRIORITY - 1 - Integer.toUnsignedLong(jobId - state.firstJobId()));
    }

    /**
     * Why a new job waits: over the partition's time limit, or for resources.
     *
     * <p>LIMIT: until the scheduler runs, no job starts, so every other pending job waits for
     * Resources; the scheduler will set Priority where a job waits behind another.
     */
    private static JobStateReason pendingReason(ClusterSnapshot state, Partition partition,
                                                int timeLimit) {
        if (partition.maxTime() != INFINITE && timeLimit != NO_VAL && timeLimit != INFINITE
                && Integer.compareUnsigned(timeLimit, partition.maxTime()) > 0) {
            return JobStateReason.WAIT_PART_TIME_LIMIT;
        }
        if (timeLimit == INFINITE && partition.maxTime() != INFINITE) {
            return JobStateReason.WAIT_PART_TIME_LIMIT;
        }
        return JobStateReason.WAIT_RESOURCES;
    }

    private static Outcome signal(ClusterSnapshot state, SignalJob command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.isFinished()) {
            return Outcome.rejected(ErrorCodes.ESLURM_ALREADY_DONE);
        }
        if (command.signal() != SignalJob.SIGKILL) {
            // LIMIT: signals other than SIGKILL are not passed to the node daemons yet
            return Outcome.rejected(ErrorCodes.ESLURM_JOB_PENDING);
        }

        // a running job's nodes start completing it; the controller tells them to kill it
        final Job.Times t = job.times();
        final Job cancelled = job.withState(JobState.CANCELLED, job.reason())
                .withTimes(new Job.Times(t.submit(), t.eligible(),
                        t.start() == 0 ? command.time() : t.start(), command.time(),
                        t.timeLimit(), t.timeMin(), t.begin()))
                .withAllocation(NodeLifecycle.allCompleting(job.allocation()));
        LOG.info("job={} cancelled by uid={}", job.jobId(), command.uid());
        return new Outcome(CommandResult.ok(job.jobId()), withJob(state, cancelled,
                command.time()));
    }

    private static Outcome update(ClusterSnapshot state, UpdateJob command) {
        Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.isFinished()) {
            return Outcome.rejected(ErrorCodes.ESLURM_ALREADY_DONE);
        }

        // hold, release or a new priority
        if (command.priority() != null) {
            if (job.state() != JobState.PENDING) {
                return Outcome.rejected(ErrorCodes.ESLURM_JOB_NOT_PENDING);
            }
            final int priority = command.priority();
            if (priority == 0) {
                final boolean byUser = command.userHold() || !command.privileged();
                job = job.withPriority(0, byUser ? JobStateReason.WAIT_HELD_USER
                        : JobStateReason.WAIT_HELD);
                job = job.withTimes(withEligible(job.times(), 0));
            } else if (priority == INFINITE) {
                if (job.reason() == JobStateReason.WAIT_HELD && !command.privileged()) {
                    return Outcome.rejected(ErrorCodes.ESLURM_ACCESS_DENIED);
                }
                if (job.isHeld()) {
                    final long restored = basicPriority(state, job.jobId());
                    final Partition partition = state.partition(job.partition()).orElseThrow();
                    job = job.withPriority((int) restored,
                            pendingReason(state, partition, job.times().timeLimit()));
                    job = job.withTimes(withEligible(job.times(), command.time()));
                }
            } else {
                if (!command.privileged()) {
                    return Outcome.rejected(ErrorCodes.ESLURM_ACCESS_DENIED);
                }
                job = job.withPriority(priority, job.reason());
            }
        }

        // time limit: users may only lower it
        if (command.timeLimit() != null) {
            final int limit = command.timeLimit();
            final int current = job.times().timeLimit();
            final boolean raises = limit == INFINITE ? current != INFINITE
                    : current != INFINITE && Integer.compareUnsigned(limit, current) > 0;
            if (!command.privileged() && raises) {
                return Outcome.rejected(ErrorCodes.ESLURM_ACCESS_DENIED);
            }
            final Job.Times t = job.times();
            job = job.withTimes(new Job.Times(t.submit(), t.eligible(), t.start(), t.end(),
                    limit, t.timeMin(), t.begin()));
        }

        if (command.name() != null) {
            job = job.withName(command.name());
        }
        LOG.info("job={} updated by uid={}", job.jobId(), command.uid());
        return new Outcome(CommandResult.ok(job.jobId()), withJob(state, job, command.time()));
    }

    private static Job.Times withEligible(Job.Times t, long eligible) {
        return new Job.Times(t.submit(), eligible, t.start(), t.end(), t.timeLimit(),
                t.timeMin(), t.begin());
    }

    private static Outcome requeue(ClusterSnapshot state, RequeueJob command) {
        final Job job = state.job(command.jobId()).orElse(null);
        if (job == null) {
            return Outcome.rejected(ErrorCodes.ESLURM_INVALID_JOB_ID);
        }
        if (job.state() == JobState.PENDING) {
            return Outcome.rejected(ErrorCodes.ESLURM_JOB_PENDING);
        }
        if (!job.requeue()) {
            return Outcome.rejected(ErrorCodes.ESLURM_DISABLED);
        }
        final Job.Times t = job.times();
        final JobStateReason reason = command.hold() ? JobStateReason.WAIT_HELD_USER
                : JobStateReason.WAIT_NO_REASON;
        final Job requeued = job.withRequeue(job.restartCount() + 1)
                .withState(JobState.PENDING, reason)
                .withPriority(command.hold() ? 0 : job.priority(), reason)
                .withTimes(new Job.Times(t.submit(), command.hold() ? 0 : command.time(), 0, 0,
                        t.timeLimit(), t.timeMin(), t.begin()));
        LOG.info("job={} requeued by uid={} hold={}", job.jobId(), command.uid(),
                command.hold());
        return new Outcome(CommandResult.ok(job.jobId()), withJob(state, requeued,
                command.time()));
    }

    private static Outcome updateNode(ClusterSnapshot state, UpdateNode command) {
        final List<Node> nodes = new ArrayList<>(state.nodes());
        final int requested = command.nodeState();
        for (String name : command.nodeNames()) {
            final int index = state.nodeIndex(name);
            if (index < 0) {
                return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_NAME);
            }
            final Node node = nodes.get(index);
            final Node changed;
            if ((requested & NodeState.DRAIN) != 0) {
                changed = node.withState(node.state(), true, command.reason(), command.uid(),
                        command.time());
            } else if ((requested & NodeState.RESUME) != 0) {
                // RESUME lifts a drain and brings a DOWN node back as IDLE
                final NodeState base = node.state() == NodeState.DOWN ? NodeState.IDLE
                        : node.state();
                changed = node.withState(base, false, null, NO_VAL, 0);
            } else if ((requested & NodeState.UNDRAIN) != 0) {
                changed = node.withState(node.state(), false,
                        node.state() == NodeState.DOWN ? node.reason() : null,
                        node.state() == NodeState.DOWN ? node.reasonUid() : NO_VAL,
                        node.state() == NodeState.DOWN ? node.reasonTime() : 0);
            } else if ((requested & ~NodeState.BASE_MASK) == 0
                    && requested == NodeState.DOWN.value()) {
                changed = node.withState(NodeState.DOWN, node.drain(), command.reason(),
                        command.uid(), command.time());
            } else if ((requested & ~NodeState.BASE_MASK) == 0
                    && requested == NodeState.IDLE.value()) {
                changed = node.withState(NodeState.IDLE, node.drain(), node.drain()
                        ? node.reason() : null, node.reasonUid(), node.reasonTime());
            } else {
                return Outcome.rejected(ErrorCodes.ESLURM_INVALID_NODE_STATE);
            }
            nodes.set(index, changed);
            LOG.info("node={} state={} drain={} by uid={}", name, changed.state(),
                    changed.drain(), command.uid());
        }
        final ClusterSnapshot after = new ClusterSnapshot(state.appliedIndex(),
                state.firstJobId(), state.maxJobId(), state.nextJobId(), state.jobs(), nodes,
                state.partitions(), state.lastJobUpdate(), command.time(),
                state.lastPartitionUpdate());
        return new Outcome(CommandResult.ok(0), after);
    }

    private static Outcome setPendingReasons(ClusterSnapshot state, SetPendingReasons command) {
        JobTable jobs = state.jobs();
        boolean changed = false;
        for (PendingReason pending : command.reasons()) {
            final Job job = jobs.get(pending.jobId()).orElse(null);
            if (job != null && job.state() == JobState.PENDING && job.reason() != pending.reason()
                    && !job.isHeld()) {
                jobs = jobs.with(job.withState(JobState.PENDING, pending.reason()));
                changed = true;
            }
        }
        if (!changed) {
            return new Outcome(CommandResult.ok(0), null);
        }
        return new Outcome(CommandResult.ok(0), new ClusterSnapshot(state.appliedIndex(),
                state.firstJobId(), state.maxJobId(), state.nextJobId(), jobs, state.nodes(),
                state.partitions(), command.time(), state.lastNodeUpdate(),
                state.lastPartitionUpdate()));
    }

    static ClusterSnapshot withJob(ClusterSnapshot state, Job job, long time) {
        return new ClusterSnapshot(state.appliedIndex(), state.firstJobId(), state.maxJobId(),
                state.nextJobId(), state.jobs().with(job), state.nodes(), state.partitions(),
                time, state.lastNodeUpdate(), state.lastPartitionUpdate());
    }
}
