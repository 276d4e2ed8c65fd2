package org.flurm.controller.view;

import java.util.List;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Node;
import org.flurm.core.state.Partition;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.info.JobDetails;
import org.flurm.protocol.message.info.JobInfo;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.MultiCore;
import org.flurm.protocol.message.info.NodeInfo;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.message.info.PartitionInfo;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;

/**
 * The records the clients print, built from the cluster state: job, node and partition
 * records in the field conventions the real slurmctld uses (compare the captured 2004, 2008
 * and 2010 replies).
 */
public final class InfoViews {

    /** JOB_PART_ASSIGNED and the four USE_DEFAULT_* bits, as slurmctld sets for sbatch jobs. */
    private static final long JOB_BITFLAGS = 0x9E000000L;
    private static final int NO_VAL = Sentinels.NO_VAL;
    private static final int NO_VAL16 = Sentinels.NO_VAL16;

    private final String clusterName;
    private final NodeReport.Source reports;

    public InfoViews(String clusterName) {
        this(clusterName, NodeReport.Source.NONE);
    }

    /** Views whose node records show what {@code reports} knows of each node daemon. */
    public InfoViews(String clusterName, NodeReport.Source reports) {
        this.clusterName = clusterName;
        this.reports = reports;
    }

    public JobInfo job(Job job, ClusterSnapshot state, int showFlags) {
        final Job.Times t = job.times();
        final Job.Resources r = job.resources();
        final Job.Launch l = job.launch();
        final int jobState = job.state().value()
                | (job.isCompleting() ? JobState.COMPLETING : 0);
        final JobInfo.Status status = new JobInfo.Status(jobState, 1,
                job.reason().value(), 0, 0, job.restartCount(), null, job.exitCode(), 0);
        final JobInfo.Times times = new JobInfo.Times(0, t.timeLimit(),
                t.timeMin() == NO_VAL ? 0 : t.timeMin(), t.submit(), t.eligible(), 0, t.start(),
                t.end(), 0, 0, 0, t.submit(), 0, 0);
        final JobInfo.Priority priority = new JobInfo.Priority(job.nice() + Sentinels.NICE_OFFSET,
                job.priority(), (double) 0xFFFFFFFEL, Sentinels.NICE_OFFSET);
        final MultiCore multiCore = new MultiCore(0, 0, NO_VAL16, NO_VAL16, NO_VAL16, 0,
                Sentinels.INFINITE16, Sentinels.INFINITE16, 0);
        final JobDetails details = new JobDetails(r.features(), null, null, l.workDir(),
                job.dependency(), l.argv().isEmpty() ? null : l.argv().get(0), r.minCpus(), 0,
                r.minNodes(), r.maxNodes(), job.requeue() ? 1 : 0, 0, 0, r.numTasks(), r.shared(),
                NO_VAL, NO_VAL, NO_VAL, null, r.contiguous() ? 1 : 0, NO_VAL16, r.cpusPerTask(),
                1, r.pnMinMemory() == Sentinels.NO_VAL64 ? 0 : r.pnMinMemory(), 0, r.reqNodes(),
                null, r.excNodes(), null, l.stdErr(), l.stdIn(), l.stdOut(), multiCore);
        final JobInfo.Tres tres = new JobInfo.Tres(null, requestedTres(job, state), null, null,
                null, null, null, null, null, null);
        final JobInfo.Array array = job.arrayJobId() == 0 ? JobInfo.Array.NONE
                : new JobInfo.Array(job.arrayJobId(), job.arrayTaskId(), null, 0);
        return new JobInfo(array, 0, null, 0, job.jobId(), job.userId(), job.groupId(),
                JobInfo.HetJob.NONE, 0, status, showFlags, times, job.allocSid(), priority,
                clusterName, job.nodeList(), null, job.partition(), job.account(), null, null,
                job.comment(), null, null, null, null, null, null, null, null, null, null, null,
                null, job.name(), job.userName(), null, 0, 0, job.allocNode(), null,
                SelectJobInfo.OF_CONS_TRES, details, JOB_BITFLAGS, tres, 0x2600,
                JobInfo.Federation.NONE, job.mailType(), job.mailUser(), null);
    }

    /** What the job asked for, as TRES: cpu, mem (the whole node's by default), node, billing. */
    private static String requestedTres(Job job, ClusterSnapshot state) {
        final Job.Resources r = job.resources();
        long memory = r.pnMinMemory();
        if (memory == Sentinels.NO_VAL64 || memory == 0) {
            memory = state.nodes().stream().mapToLong(Node::realMemory).min().orElse(0);
        } else if ((memory & Sentinels.MEM_PER_CPU) != 0) {
            memory = (memory & ~Sentinels.MEM_PER_CPU) * Math.max(1, r.minCpus());
        }
        final int nodes = Math.max(1, r.minNodes());
        return "cpu=" + r.minCpus() + ",mem=" + memory * nodes + "M,node=" + nodes
                + ",billing=" + r.minCpus();
    }

    /** A node record without its use by jobs (as if none ran). */
    public NodeInfo node(Node node) {
        return node(node, null);
    }

    /**
     * A node record: its state with the flags slurmctld adds (NOT_RESPONDING until its daemon
     * answers, COMPLETING while a job ends there), and the CPUs and memory the jobs of
     * {@code state} hold on it (none when {@code state} is null).
     */
    public NodeInfo node(Node node, ClusterSnapshot state) {
        int allocCpus = 0;
        long allocMemory = 0;
        boolean completing = false;
        if (state != null) {
            final int index = state.nodeIndex(node.name());
            for (Job job : state.jobs()) {
                final Job.Allocation a = job.allocation();
                final int at = a == null ? -1 : a.nodeIndexes().indexOf(index);
                if (at < 0) {
                    continue;
                }
                final boolean holds = job.state() == JobState.RUNNING
                        || a.completing().contains(index);
                if (holds) {
                    allocCpus += a.cpus().get(at);
                    allocMemory += a.memory().get(at);
                }
                completing |= a.completing().contains(index);
            }
        }

        // a usable node is ALLOCATED or MIXED while jobs hold its CPUs
        NodeState base = node.state();
        if (base == NodeState.IDLE && allocCpus > 0) {
            base = allocCpus >= node.cpus() ? NodeState.ALLOCATED : NodeState.MIXED;
        }
        final NodeReport report = reports.of(node.name());
        final boolean responding = report != null && report.responding();
        final int flags = (node.drain() ? NodeState.DRAIN : 0)
                | (responding ? 0 : NodeState.NO_RESPOND)
                | (completing ? NodeState.COMPLETING : 0);
        final NodeInfo.SelectNodeInfo select = new NodeInfo.SelectNodeInfo(
                SelectJobInfo.CONS_TRES, allocCpus, allocMemory,
                allocCpus == 0 ? null : "cpu=" + allocCpus
                        + (allocMemory == 0 ? "" : ",mem=" + allocMemory + "M"), 0.0);
        return new NodeInfo(node.name(), node.hostname(), node.address(), null, node.port(),
                NO_VAL, base.value() | flags, report == null ? null : report.version(),
                node.cpus(), node.boards(), node.sockets(), node.cores(), node.threads(),
                node.realMemory(), (int) node.tmpDisk(), null, NO_VAL, 0, 0, 0, null,
                node.cpus(), report == null ? NO_VAL : report.cpuLoad(),
                report == null ? Sentinels.NO_VAL64 : report.freeMem(), node.weight(),
                node.reason() == null ? NO_VAL : node.reasonUid(),
                report == null ? 0 : report.bootTime(), 0, node.reasonTime(),
                report == null ? 0 : report.slurmdStartTime(), select,
                report == null ? null : report.arch(), node.features(), node.features(),
                node.gres(), null, null, report == null ? null : report.os(), null, null,
                node.reason(), EnergyData.NONE,
                new NodeInfo.ExtSensors(Sentinels.NO_VAL64, NO_VAL, 0, 0), NO_VAL,
                "cpu=" + node.cpus() + ",mem=" + node.realMemory() + "M,billing=" + node.cpus());
    }

    public PartitionInfo partition(Partition p, List<Node> nodes) {
        int cpus = 0;
        long memory = 0;
        final int[] bits = new int[p.nodeIndexes().size()];
        for (int i = 0; i < bits.length; i++) {
            final Node node = nodes.get(p.nodeIndexes().get(i));
            bits[i] = p.nodeIndexes().get(i);
            cpus += node.cpus();
            memory += node.realMemory();
        }
        final int count = bits.length;
        return new PartitionInfo(p.name(), 0, p.graceTime(), p.maxTime(), p.defaultTime(),
                p.maxNodes(), p.minNodes(), count, cpus, p.defMemPerCpu(), p.maxCpusPerNode(),
                p.maxMemPerCpu(), p.flags(), p.maxShare(), NO_VAL16, NO_VAL16,
                p.priorityJobFactor(), p.priorityTier(), p.up(), 0, NO_VAL16, NO_VAL16, NO_VAL,
                p.allowAccounts(), p.allowGroups(), p.allocNodes(), p.allowQos(), p.qos(),
                p.alternate(), p.denyAccounts(), p.denyQos(), p.nodes(), null,
                Bitmap.of(nodes.size(), bits), null,
                "cpu=" + cpus + ",mem=" + memory + "M,node=" + count + ",billing=" + cpus, null);
    }
}
