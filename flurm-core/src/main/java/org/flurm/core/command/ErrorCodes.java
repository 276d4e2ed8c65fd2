package org.flurm.core.command;

import org.flurm.protocol.message.common.SlurmErrno;

/** The SLURM return codes that applying a command can give, as plain ints for the results. */
public final class ErrorCodes {

    public static final int ESLURM_INVALID_PARTITION_NAME =
            SlurmErrno.ESLURM_INVALID_PARTITION_NAME.code();
    public static final int ESLURM_DEFAULT_PARTITION_NOT_SET =
            SlurmErrno.ESLURM_DEFAULT_PARTITION_NOT_SET.code();
    public static final int ESLURM_ACCESS_DENIED = SlurmErrno.ESLURM_ACCESS_DENIED.code();
    public static final int ESLURM_INVALID_JOB_ID = SlurmErrno.ESLURM_INVALID_JOB_ID.code();
    public static final int ESLURM_INVALID_NODE_NAME = SlurmErrno.ESLURM_INVALID_NODE_NAME.code();
    public static final int ESLURM_ALREADY_DONE = SlurmErrno.ESLURM_ALREADY_DONE.code();
    public static final int ESLURM_JOB_PENDING = SlurmErrno.ESLURM_JOB_PENDING.code();
    public static final int ESLURM_INVALID_NODE_STATE = SlurmErrno.ESLURM_INVALID_NODE_STATE.code();
    public static final int ESLURM_DISABLED = SlurmErrno.ESLURM_DISABLED.code();
    public static final int ESLURM_JOB_HELD = SlurmErrno.ESLURM_JOB_HELD.code();
    public static final int ESLURM_INVALID_TIME_LIMIT = SlurmErrno.ESLURM_INVALID_TIME_LIMIT.code();
    public static final int ESLURM_JOB_NOT_PENDING = SlurmErrno.ESLURM_JOB_NOT_PENDING.code();
    public static final int ESLURM_ERROR_ON_DESC_TO_RECORD_COPY =
            SlurmErrno.ESLURM_ERROR_ON_DESC_TO_RECORD_COPY.code();
    /** "User's group not permitted to use this partition" (AllowGroups). */
    public static final int ESLURM_JOB_MISSING_REQUIRED_PARTITION_GROUP = 2003;
    /** "Job dependency problem": a dependency that names no job or cannot be read. */
    public static final int ESLURM_DEPENDENCY = 2038;
    /** "Invalid job array specification". */
    public static final int ESLURM_INVALID_ARRAY = 2081;

    private ErrorCodes() {
    }
}
