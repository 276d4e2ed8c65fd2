package org.flurm.core.command;

import java.util.ArrayList;
import java.util.List;

import org.flurm.core.command.Command.PendingReason;
import org.flurm.core.command.Command.PurgeJobs;
import org.flurm.core.command.Command.RequeueJob;
import org.flurm.core.command.Command.SetPendingReasons;
import org.flurm.core.command.Command.SignalArrayTask;
import org.flurm.core.command.Command.SignalJob;
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
    private static final int PURGE_JOBS = 20;
    private static final int SIGNAL_ARRAY_TASK = 21;

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
            case SignalArrayTask c -> {
                out.u16(SIGNAL_ARRAY_TASK);
                out.time(c.time());
                out.u32(c.arrayJobId());
                out.u32(c.taskId());
                out.u32(c.signal());
                out.u32(c.uid());
            }
            case PurgeJobs c -> {
                out.u16(PURGE_JOBS);
                out.time(c.time());
                out.u32(c.jobIds().size());
                for (int jobId : c.jobIds()) {
                    out.u32(jobId);
                }
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
            case SIGNAL_ARRAY_TASK -> new SignalArrayTask(in.u32(), in.u32(), in.u32(), in.u32(),
                    time);
            case PURGE_JOBS -> {
                final int count = in.arrayCount("purged jobs", 4);
                final List<Integer> jobIds = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    jobIds.add(in.u32());
                }
                yield new PurgeJobs(jobIds, time);
            }
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
