package org.flurm.core.command;

import java.util.ArrayList;
import java.util.List;

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
import org.flurm.core.state.StateCodec;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The binary form of commands in the replicated log and of their results in the replies:
 * a u16 tag naming the command, then its fields with SLURM's pack primitives. Tags are never
 * reused, so a log written by one release stays readable by the next.
 */
public final class CommandCodec {

    private static final int SUBMIT_JOB = 1;
    private static final int SIGNAL_JOB = 2;
    private static final int UPDATE_JOB = 3;
    private static final int REQUEUE_JOB = 4;
    private static final int UPDATE_NODE = 5;
    private static final int SET_PENDING_REASONS = 6;
    private static final int NODE_REGISTERED = 101;
    private static final int NODE_NOT_RESPONDING = 102;
    private static final int START_JOB = 103;
    private static final int LAUNCH_FAILED = 104;
    private static final int COMPLETE_BATCH_JOB = 105;
    private static final int EPILOG_COMPLETE = 106;
    private static final int JOB_TIMED_OUT = 107;

    /** An Integer field that is left unchanged. */
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private CommandCodec() {
    }

    public static byte[] encode(Command command) {
        final Packer out = new Packer(256);
        switch (command) {
            case SubmitJob c -> {
                out.u16(SUBMIT_JOB);
                out.time(c.time());
                StateCodec.writeJob(out, c.job());
            }
            case SignalJob c -> {
                out.u16(SIGNAL_JOB);
                out.time(c.time());
                out.u32(c.jobId());
                out.u32(c.signal());
                out.u32(c.uid());
            }
            case UpdateJob c -> {
                out.u16(UPDATE_JOB);
                out.time(c.time());
                out.u32(c.jobId());
                out.u32(c.uid());
                out.bool(c.privileged());
                writeOptional(out, c.priority());
                out.bool(c.userHold());
                writeOptional(out, c.timeLimit());
                out.u8(c.name() == null ? ABSENT : PRESENT);
                out.str(c.name());
            }
            case RequeueJob c -> {
                out.u16(REQUEUE_JOB);
                out.time(c.time());
                out.u32(c.jobId());
                out.u32(c.uid());
                out.bool(c.hold());
            }
            case UpdateNode c -> {
                out.u16(UPDATE_NODE);
                out.time(c.time());
                out.strArray(c.nodeNames());
                out.u32(c.nodeState());
                out.str(c.reason());
                out.u32(c.uid());
            }
            case SetPendingReasons c -> {
                out.u16(SET_PENDING_REASONS);
                out.time(c.time());
                out.u32(c.reasons().size());
                for (PendingReason reason : c.reasons()) {
                    out.u32(reason.jobId());
                    out.u16(reason.reason().value());
                }
            }
            case NodeRegistered c -> {
                out.u16(NODE_REGISTERED);
                out.time(c.time());
                out.str(c.nodeName());
                out.u16(c.returnToService());
            }
            case NodeNotResponding c -> {
                out.u16(NODE_NOT_RESPONDING);
                out.time(c.time());
                out.str(c.nodeName());
                out.u32(c.uid());
            }
            case StartJob c -> {
                out.u16(START_JOB);
                out.time(c.time());
                out.u32(c.jobId());
                out.u32(c.nodeIndexes().size());
                for (int i = 0; i < c.nodeIndexes().size(); i++) {
                    out.u32(c.nodeIndexes().get(i));
                    out.u32(c.cpus().get(i));
                    out.u64(c.memory().get(i));
                }
                out.u32(c.timeLimit());
            }
            case LaunchFailed c -> {
                out.u16(LAUNCH_FAILED);
                out.time(c.time());
                out.u32(c.jobId());
            }
            case CompleteBatchJob c -> {
                out.u16(COMPLETE_BATCH_JOB);
                out.time(c.time());
                out.u32(c.jobId());
                out.u32(c.waitStatus());
                out.u32(c.slurmRc());
            }
            case EpilogComplete c -> {
                out.u16(EPILOG_COMPLETE);
                out.time(c.time());
                out.u32(c.jobId());
                out.str(c.nodeName());
            }
            case JobTimedOut c -> {
                out.u16(JOB_TIMED_OUT);
                out.time(c.time());
                out.u32(c.jobId());
            }
        }
        return out.toByteArray();
    }

    public static Command decode(byte[] bytes) throws DecodeException {
        final Unpacker in = new Unpacker(bytes);
        final int tag = in.u16();
        final long time = in.time();
        final Command command = switch (tag) {
            case SUBMIT_JOB -> new SubmitJob(StateCodec.readJob(in), time);
            case SIGNAL_JOB -> new SignalJob(in.u32(), in.u32(), in.u32(), time);
            case UPDATE_JOB -> {
                final int jobId = in.u32();
                final int uid = in.u32();
                final boolean privileged = in.bool();
                final Integer priority = readOptional(in);
                final boolean userHold = in.bool();
                final Integer timeLimit = readOptional(in);
                final boolean hasName = in.u8() == PRESENT;
                final String name = in.str();
                yield new UpdateJob(jobId, uid, privileged, priority, userHold, timeLimit,
                        hasName ? name : null, time);
            }
            case REQUEUE_JOB -> new RequeueJob(in.u32(), in.u32(), in.bool(), time);
            case UPDATE_NODE -> {
                final List<String> names = in.strArray();
                yield new UpdateNode(names == null ? List.of() : new ArrayList<>(names),
                        in.u32(), in.str(), in.u32(), time);
            }
            case SET_PENDING_REASONS -> {
                final int count = in.arrayCount("pending reasons", 6);
                final List<PendingReason> reasons = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    reasons.add(new PendingReason(in.u32(), JobStateReason.of(in.u16())));
                }
                yield new SetPendingReasons(reasons, time);
            }
            case NODE_REGISTERED -> new NodeRegistered(in.str(), in.u16(), time);
            case NODE_NOT_RESPONDING -> new NodeNotResponding(in.str(), in.u32(), time);
            case START_JOB -> {
                final int jobId = in.u32();
                final int count = in.arrayCount("allocated nodes", 16);
                final List<Integer> nodes = new ArrayList<>(count);
                final List<Integer> cpus = new ArrayList<>(count);
                final List<Long> memory = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    nodes.add(in.u32());
                    cpus.add(in.u32());
                    memory.add(in.u64());
                }
                yield new StartJob(jobId, nodes, cpus, memory, in.u32(), time);
            }
            case LAUNCH_FAILED -> new LaunchFailed(in.u32(), time);
            case COMPLETE_BATCH_JOB -> new CompleteBatchJob(in.u32(), in.u32(), in.u32(), time);
            case EPILOG_COMPLETE -> new EpilogComplete(in.u32(), in.str(), time);
            case JOB_TIMED_OUT -> new JobTimedOut(in.u32(), time);
            default -> throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "command tag " + tag);
        };
        in.expectEnd("command");
        return command;
    }

    public static byte[] encodeResult(CommandResult result) {
        return new Packer(8).u32(result.rc()).u32(result.jobId()).toByteArray();
    }

    public static CommandResult decodeResult(byte[] bytes) throws DecodeException {
        final Unpacker in = new Unpacker(bytes);
        final CommandResult result = new CommandResult(in.u32(), in.u32());
        in.expectEnd("command result");
        return result;
    }

    private static void writeOptional(Packer out, Integer value) {
        out.u8(value == null ? ABSENT : PRESENT);
        out.u32(value == null ? 0 : value);
    }

    private static Integer readOptional(Unpacker in) throws DecodeException {
        final boolean present = in.u8() == PRESENT;
        final int value = in.u32();
        return present ? value : null;
    }
}
