package org.flurm.controller.scheduling;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.flurm.config.hostlist.Hostlist;
import org.flurm.config.hostlist.HostlistException;
import org.flurm.controller.view.NodeReport;
import org.flurm.core.scheduler.DependencyState;
import org.flurm.core.scheduler.Hold;
import org.flurm.core.scheduler.JobRequirements;
import org.flurm.core.scheduler.NodeAllocation;
import org.flurm.core.scheduler.NodeState;
import org.flurm.core.scheduler.PartitionState;
import org.flurm.core.scheduler.PendingJob;
import org.flurm.core.scheduler.RunningJob;
import org.flurm.core.scheduler.SchedulerNode;
import org.flurm.core.scheduler.SchedulerPartition;
import org.flurm.core.scheduler.SchedulingInput;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Node;
import org.flurm.core.state.Partition;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.pack.Sentinels;

/**
 * Maps the controller's snapshot onto the scheduler library's input.
 *
 * <p>A node is given as not responding until its daemon answers; the jobs that hold
 * resources (running, or completing on some nodes) are given as running on those nodes.
 *
 * <p>LIMIT: dependencies and array task limits are not passed on.
 */
final class SchedulingInputs {

    private SchedulingInputs() {
    }

    static SchedulingInput from(ClusterSnapshot state, long now, NodeReport.Source reports) {
        final List<PendingJob> pending = new ArrayList<>();
        final List<RunningJob> running = new ArrayList<>();
        final int[] allocCpus = new int[state.nodes().size()];
        final long[] allocMemory = new long[state.nodes().size()];
        for (Job job : state.jobs()) {
            // a requeued job waits until its old nodes have completed it
            if (job.allocation() != null
                    && (job.state() == JobState.RUNNING || job.isCompleting())) {
                running.add(runningJob(job, allocCpus, allocMemory));
            } else if (job.state() == JobState.PENDING) {
                pending.add(pendingJob(job));
            }
        }
        final List<SchedulerNode> nodes = new ArrayList<>();
        for (int i = 0; i < state.nodes().size(); i++) {
            final Node node = state.nodes().get(i);
            final NodeReport report = reports.of(node.name());
            nodes.add(node(node, report != null && report.responding(), allocCpus[i],
                    allocMemory[i]));
        }
        return new SchedulingInput(now, nodes, partitions(state), running, pending);
    }

    /** What a job holds: on every node while it runs, on the nodes still completing it after. */
    private static RunningJob runningJob(Job job, int[] allocCpus, long[] allocMemory) {
        final Job.Allocation a = job.allocation();
        final List<NodeAllocation> held = new ArrayList<>();
        for (int i = 0; i < a.nodeIndexes().size(); i++) {
            final int node = a.nodeIndexes().get(i);
            if (job.state() == JobState.RUNNING || a.completing().contains(node)) {
                held.add(new NodeAllocation(node, a.cpus().get(i), a.memory().get(i)));
                allocCpus[node] += a.cpus().get(i);
                allocMemory[node] += a.memory().get(i);
            }
        }
        final long end = job.state() == JobState.RUNNING ? job.times().end() : 0;
        return new RunningJob(job.jobId(), job.userId(), held,
                end == 0 ? Long.MAX_VALUE : end, false);
    }

    static List<SchedulerNode> nodes(ClusterSnapshot state) {
        final List<SchedulerNode> nodes = new ArrayList<>();
        for (Node node : state.nodes()) {
            nodes.add(node(node, false, 0, 0));
        }
        return nodes;
    }

    static List<SchedulerPartition> partitions(ClusterSnapshot state) {
        final List<SchedulerPartition> partitions = new ArrayList<>();
        for (Partition partition : state.partitions()) {
            partitions.add(partition(partition));
        }
        return partitions;
    }

    private static SchedulerNode node(Node node, boolean responding, int allocCpus,
                                      long allocMemory) {
        final NodeState.Base base = switch (node.state()) {
            case DOWN -> NodeState.Base.DOWN;
            case IDLE -> NodeState.Base.IDLE;
            case ALLOCATED -> NodeState.Base.ALLOCATED;
            case MIXED -> NodeState.Base.MIXED;
            case FUTURE -> NodeState.Base.FUTURE;
            case UNKNOWN, ERROR -> NodeState.Base.UNKNOWN;
        };
        final Set<NodeState.Flag> flags = EnumSet.noneOf(NodeState.Flag.class);
        if (!responding) {
            flags.add(NodeState.Flag.NOT_RESPONDING);
        }
        if (node.drain()) {
            flags.add(NodeState.Flag.DRAIN);
        }
        final int cores = Math.max(1, node.cores());
        final int threads = Math.max(1, node.threads());
        final Set<String> features = node.features() == null ? Set.of()
                : Set.of(node.features().split(","));
        return new SchedulerNode(node.name(), Math.max(1, node.sockets()), cores, threads,
                Math.max(1, node.cpus()), node.realMemory(), features, node.weight(),
                new NodeState(base, flags), allocCpus, allocMemory);
    }

    private static SchedulerPartition partition(Partition p) {
        final PartitionState state = switch (p.up()) {
            case Partition.STATE_UP -> PartitionState.UP;
            case Partition.STATE_DOWN -> PartitionState.DOWN;
            case Partition.STATE_DRAIN -> PartitionState.DRAIN;
            default -> PartitionState.INACTIVE;
        };
        return SchedulerPartition.builder(p.name(), p.nodeIndexes())
                .state(state)
                .maxTime(Integer.toUnsignedLong(p.maxTime()))
                .defaultTime(Integer.toUnsignedLong(p.defaultTime()))
                .minNodes(p.minNodes())
                .maxNodes(p.maxNodes() == Sentinels.INFINITE ? SchedulerPartition.UNLIMITED
                        : p.maxNodes())
                .maxCpusPerNode(p.maxCpusPerNode() == Sentinels.INFINITE
                        ? SchedulerPartition.UNLIMITED : p.maxCpusPerNode())
                .priorityTier(p.priorityTier())
                .priorityJobFactor(p.priorityJobFactor())
                .build();
    }

    /** What a job asks for, in the scheduler's terms. */
    static JobRequirements requirements(Job job) {
        final Job.Resources r = job.resources();
        final JobRequirements.Builder requirements = JobRequirements.builder()
                .nodes(r.minNodes(), r.maxNodes())
                .tasks(r.numTasks())
                .cpusPerTask(Math.max(1, r.cpusPerTask()))
                .timeLimit(Integer.toUnsignedLong(job.times().timeLimit()));
        final long memory = r.pnMinMemory();
        if (memory != Sentinels.NO_VAL64 && memory != 0) {
            if ((memory & Sentinels.MEM_PER_CPU) != 0) {
                requirements.memPerCpu(memory & ~Sentinels.MEM_PER_CPU);
            } else {
                requirements.memPerNode(memory);
            }
        }
        if (r.features() != null) {
            requirements.constraint(r.features());
        }
        if (r.reqNodes() != null) {
            requirements.nodelist(expand(r.reqNodes()));
        }
        if (r.excNodes() != null) {
            requirements.exclude(expand(r.excNodes()));
        }
        if (r.contiguous()) {
            requirements.contiguous();
        }
        return requirements.build();
    }

    private static PendingJob pendingJob(Job job) {
        final JobRequirements requirements = requirements(job);
        final Hold hold = !job.isHeld() ? Hold.NONE
                : job.reason() == JobStateReason.WAIT_HELD ? Hold.ADMIN : Hold.USER;
        return new PendingJob(job.jobId(), job.userId(), List.of(job.partition()),
                job.times().submit(), job.times().begin(), hold, job.nice(),
                DependencyState.NONE, false, requirements);
    }

    private static String[] expand(String hostlist) {
        try {
            return Hostlist.expand(hostlist).toArray(String[]::new);
        } catch (HostlistException e) {
            // a list the controller cannot read matches no node: the job waits, it is not lost
            return new String[] {hostlist};
        }
    }
}
