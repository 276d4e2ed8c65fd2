package org.flurm.protocol.io;

import java.util.Objects;

/**
 * One message of a task I/O stream ({@code io_hdr_t} and the data after it): a chunk of a
 * task's stdin, stdout or stderr, or the end of that stream when the data is empty.
 *
 * <p>The array is neither copied nor compared by value.
 *
 * @param type         {@link #STDIN}, {@link #STDOUT}, {@link #STDERR}, {@link #ALLSTDIN} or
 *                     {@link #CONNECTION_TEST}
 * @param globalTaskId the task's id in the step, {@link #ALL_TASKS} for stdin meant for all
 * @param localTaskId  the task's id on its node, {@link #ALL_TASKS} likewise
 * @param data         the bytes; empty for end of stream
 */
public record IoMessage(int type, int globalTaskId, int localTaskId, byte[] data) {

    /** Input for one task, srun to slurmstepd. */
    public static final int STDIN = 0;
    /** A task's output, slurmstepd to srun. */
    public static final int STDOUT = 1;
    /** A task's error output, slurmstepd to srun. */
    public static final int STDERR = 2;
    /** Input for every task of the node, srun to slurmstepd. */
    public static final int ALLSTDIN = 3;
    /** srun probing whether the connection is alive; no data. */
    public static final int CONNECTION_TEST = 4;
    /** The task id of messages meant for every task. */
    public static final int ALL_TASKS = 0xFFFF;

    public IoMessage {
        if (type < STDIN || type > CONNECTION_TEST) {
            throw new IllegalArgumentException("I/O message type " + type);
        }
        requireU16("global task id", globalTaskId);
        requireU16("local task id", localTaskId);
        Objects.requireNonNull(data, "data");
    }

    /** The end of one task's stream of this type. */
    public static IoMessage eof(int type, int globalTaskId, int localTaskId) {
        return new IoMessage(type, globalTaskId, localTaskId, new byte[0]);
    }

    /** Whether this message ends its stream (no data). */
    public boolean isEof() {
        return data.length == 0;
    }

    private static void requireU16(String what, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + " " + value + " outside 0..65535");
        }
    }
}
