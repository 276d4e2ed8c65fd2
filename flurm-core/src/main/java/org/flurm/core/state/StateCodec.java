package org.flurm.core.state;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * FLURM's own compact binary form of jobs and of a saved state, built on SLURM's pack
 * primitives. Every saved form starts with a format number so that a later release can still
 * read what an earlier one wrote.
 *
 * <p>A saved state holds what commands change: the jobs, the job id counter, node states and
 * the update times. Nodes' hardware and the partitions come from slurm.conf on every start;
 * node states are matched to the configured nodes by name, and a node no longer configured
 * is dropped.
 */
public final class StateCodec {

    /** "FLST": a saved cluster state. */
    private static final int STATE_MAGIC = 0x464C5354;
    private static final int STATE_FORMAT = 1;
    private static final int JOB_FORMAT = 2;
    /** The job format before allocations were saved: read as jobs that hold nothing. */
    private static final int JOB_FORMAT_WITHOUT_ALLOCATION = 1;

    private StateCodec() {
    }

    public static void writeJob(Packer out, Job job) {
        out.u16(JOB_FORMAT);
        out.u32(job.jobId());
        out.str(job.name());
        out.u32(job.userId());
        out.u32(job.groupId());
        out.str(job.userName());
        out.str(job.partition());
        out.str(job.account());
        out.u16(job.state().value());
        out.u16(job.reason().value());
        out.u32(job.priority());
        out.u32(job.nice());

        final Job.Times t = job.times();
        out.time(t.submit());
        out.time(t.eligible());
        out.time(t.start());
        out.time(t.end());
        out.u32(t.timeLimit());
        out.u32(t.timeMin());
        out.time(t.begin());

        final Job.Resources r = job.resources();
        out.u32(r.minNodes());
        out.u32(r.maxNodes());
        out.u32(r.minCpus());
        out.u32(r.numTasks());
        out.u32(r.cpusPerTask());
        out.u64(r.pnMinMemory());
        out.u32(r.shared());
        out.bool(r.contiguous());
        out.str(r.features());
        out.str(r.reqNodes());
        out.str(r.excNodes());

        out.str(job.nodeList());

        final Job.Launch l = job.launch();
        out.str(l.workDir());
        out.str(l.stdIn());
        out.str(l.stdOut());
        out.str(l.stdErr());
        out.str(l.script());
        writeStrings(out, l.argv());
        writeStrings(out, l.environment());

        out.str(job.allocNode());
        out.u32(job.allocSid());
        out.u32(job.arrayJobId());
        out.u32(job.arrayTaskId());
        out.str(job.dependency());
        out.u32(job.exitCode());
        out.bool(job.requeue());
        out.u32(job.restartCount());
        out.u32(job.mailType());
        out.str(job.mailUser());
        out.str(job.comment());
        writeAllocation(out, job.allocation());
    }

    private static void writeAllocation(Packer out, Job.Allocation a) {
        out.bool(a != null);
        if (a == null) {
            return;
        }
        out.u32(a.nodeIndexes().size());
        for (int i = 0; i < a.nodeIndexes().size(); i++) {
            out.u32(a.nodeIndexes().get(i));
            out.u32(a.cpus().get(i));
            out.u64(a.memory().get(i));
        }
        out.u32(a.completing().size());
        for (int node : a.completing()) {
            out.u32(node);
        }
    }

    private static Job.Allocation readAllocation(Unpacker in) throws DecodeException {
        if (!in.bool()) {
            return null;
        }
        final int count = in.arrayCount("allocated nodes", 16);
        final List<Integer> nodes = new ArrayList<>(count);
        final List<Integer> cpus = new ArrayList<>(count);
        final List<Long> memory = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nodes.add(in.u32());
            cpus.add(in.u32());
            memory.add(in.u64());
        }
        final int completingCount = in.arrayCount("completing nodes", 4);
        final List<Integer> completing = new ArrayList<>(completingCount);
        for (int i = 0; i < completingCount; i++) {
            completing.add(in.u32());
        }
        return new Job.Allocation(nodes, cpus, memory, completing);
    }

    public static Job readJob(Unpacker in) throws DecodeException {
        final int format = in.u16();
        if (format != JOB_FORMAT && format != JOB_FORMAT_WITHOUT_ALLOCATION) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "saved job format " + format);
        }
        final int jobId = in.u32();
        final String name = in.str();
        final int userId = in.u32();
        final int groupId = in.u32();
        final String userName = in.str();
        final String partition = in.str();
        final String account = in.str();
        final JobState state = JobState.baseOf(in.u16());
        final JobStateReason reason = JobStateReason.of(in.u16());
        final int priority = in.u32();
        final int nice = in.u32();
        final Job.Times times = new Job.Times(in.time(), in.time(), in.time(), in.time(),
                in.u32(), in.u32(), in.time());
        final Job.Resources resources = new Job.Resources(in.u32(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.u64(), in.u32(), in.bool(), in.str(), in.str(),
                in.str());
        final String nodeList = in.str();
        final Job.Launch launch = new Job.Launch(in.str(), in.str(), in.str(), in.str(),
                in.str(), readStrings(in), readStrings(in));
        return new Job(jobId, name, userId, groupId, userName, partition, account, state,
                reason, priority, nice, times, resources, nodeList, launch, in.str(), in.u32(),
                in.u32(), in.u32(), in.str(), in.u32(), in.bool(), in.u32(), in.u32(),
                in.str(), in.str(), format == JOB_FORMAT ? readAllocation(in) : null);
    }

    /** Saves what commands have changed in {@code state} (see the class comment). */
    public static byte[] writeState(ClusterSnapshot state) {
        final Packer out = new Packer(4096);
        out.u32(STATE_MAGIC);
        out.u16(STATE_FORMAT);
        out.u64(state.appliedIndex());
        out.u32(state.nextJobId());
        out.time(state.lastJobUpdate());
        out.time(state.lastNodeUpdate());
        out.time(state.lastPartitionUpdate());

        out.u32(state.nodes().size());
        for (Node node : state.nodes()) {
            out.str(node.name());
            out.u16(node.state().value());
            out.bool(node.drain());
            out.str(node.reason());
            out.u32(node.reasonUid());
            out.time(node.reasonTime());
        }

        out.u32(state.jobs().size());
        for (Job job : state.jobs()) {
            writeJob(out, job);
        }
        return out.toByteArray();
    }

    /**
     * Reads a saved state onto the configured cluster {@code configured} (its nodes and
     * partitions, FirstJobId and MaxJobId).
     */
    public static ClusterSnapshot readState(byte[] saved, ClusterSnapshot configured)
            throws DecodeException {
        final Unpacker in = new Unpacker(saved);
        if (in.u32() != STATE_MAGIC) {
            throw new DecodeException(DecodeException.Kind.INVALID, "not a saved FLURM state");
        }
        final int format = in.u16();
        if (format != STATE_FORMAT) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "saved state format " + format);
        }
        final long appliedIndex = in.u64();
        final int nextJobId = in.u32();
        final long lastJobUpdate = in.time();
        final long lastNodeUpdate = in.time();
        final long lastPartitionUpdate = in.time();

        final List<Node> nodes = new ArrayList<>(configured.nodes());
        final int nodeCount = in.arrayCount("saved nodes", 4);
        for (int i = 0; i < nodeCount; i++) {
            final String name = in.str();
            final NodeState state = NodeState.baseOf(in.u16());
            final boolean drain = in.bool();
            final String reason = in.str();
            final int reasonUid = in.u32();
            final long reasonTime = in.time();
            final int index = configured.nodeIndex(name);
            if (index >= 0) {
                nodes.set(index, nodes.get(index).withState(state, drain, reason, reasonUid,
                        reasonTime));
            }
        }

        JobTable jobs = JobTable.empty(configured.firstJobId());
        final int jobCount = in.arrayCount("saved jobs", 8);
        for (int i = 0; i < jobCount; i++) {
            jobs = jobs.with(readJob(in));
        }
        in.expectEnd("saved state");
        return new ClusterSnapshot(appliedIndex, configured.firstJobId(),
                configured.maxJobId(), nextJobId, jobs, nodes, configured.partitions(),
                lastJobUpdate, lastNodeUpdate, lastPartitionUpdate);
    }

    private static void writeStrings(Packer out, List<String> items) {
        out.u32(items.size());
        for (String item : items) {
            out.str(item);
        }
    }

    private static List<String> readStrings(Unpacker in) throws DecodeException {
        final int count = in.arrayCount("strings", 4);
        final List<String> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(in.str());
        }
        return items;
    }
}
