package org.flurm.protocol.message.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SLURM's return codes ({@code slurm/slurm_errno.h} of 22.05) that FLURM sends or expects to
 * receive, with their numbers as SLURM computes them. The clients turn a number into their
 * own text, so only the number travels; the descriptions here are for FLURM's logs.
 *
 * <p>LIMIT: a selection, not SLURM's whole table; a code missing here can still be sent and
 * received as a plain int, {@link #nameOf} then prints the number.
 */
public enum SlurmErrno {

    // generic
    SLURM_SUCCESS(0, "success"),
    SLURM_ERROR(-1, "unspecified failure"),
    EAGAIN(11, "resource temporarily unavailable; clients retry"),

    // protocol and communication (1000..)
    SLURM_UNEXPECTED_MSG_ERROR(1000, "the reply had an unexpected message type"),
    SLURM_PROTOCOL_VERSION_ERROR(1005, "the peer's protocol version is not supported"),
    SLURM_PROTOCOL_AUTHENTICATION_ERROR(1007, "the credential did not verify"),
    SLURM_PROTOCOL_INSANE_MSG_LENGTH(1008, "a message length beyond any sane size"),
    SLURMCTLD_COMMUNICATIONS_CONNECTION_ERROR(1800, "client could not connect to the controller"),
    SLURMCTLD_COMMUNICATIONS_SEND_ERROR(1801, "client could not send to the controller"),
    SLURMCTLD_COMMUNICATIONS_RECEIVE_ERROR(1802, "client got no reply from the controller"),
    SLURM_NO_CHANGE_IN_DATA(1900, "nothing changed since the requester's last_update"),

    // controller (2000..)
    ESLURM_INVALID_PARTITION_NAME(2000, "no such partition"),
    ESLURM_DEFAULT_PARTITION_NOT_SET(2001, "no partition requested and none is the default"),
    ESLURM_ACCESS_DENIED(2002, "the caller may not do this"),
    ESLURM_TOO_MANY_REQUESTED_CPUS(2005, "more CPUs requested than allowed"),
    ESLURM_INVALID_NODE_COUNT(2006, "the node count cannot be satisfied"),
    ESLURM_ERROR_ON_DESC_TO_RECORD_COPY(2007, "the job table is full; clients retry"),
    ESLURM_JOB_SCRIPT_MISSING(2009, "a batch job without a script"),
    ESLURM_USER_ID_MISSING(2010, "the job's user differs from the authenticated one"),
    ESLURM_REQUESTED_NODE_CONFIG_UNAVAILABLE(2014, "no node configuration fits the request"),
    ESLURM_NODES_BUSY(2016, "the nodes are busy; clients retry"),
    ESLURM_INVALID_JOB_ID(2017, "no such job"),
    ESLURM_INVALID_NODE_NAME(2018, "no such node"),
    ESLURM_TRANSITION_STATE_NO_UPDATE(2020, "the job is changing state; clients retry"),
    ESLURM_ALREADY_DONE(2021, "the job has already finished"),
    ESLURM_JOB_PENDING(2024, "the job has not started yet"),
    ESLURM_IN_STANDBY_MODE(2027, "this controller is a standby"),
    ESLURM_INVALID_NODE_STATE(2028, "the node state cannot be set"),
    ESLURM_NOT_SUPPORTED(2036, "the request is not supported"),
    ESLURM_DISABLED(2037, "the requested function is switched off"),
    ESLURM_JOB_HELD(2042, "the job is held until released"),
    ESLURM_INVALID_ACCOUNT(2045, "no such account, or not the caller's"),
    ESLURM_INVALID_TIME_LIMIT(2051, "the time limit is not allowed"),
    ESLURM_INVALID_QOS(2066, "no such QOS, or not allowed"),
    ESLURM_JOB_NOT_PENDING(2073, "the job is no longer pending"),
    ESLURM_JOB_NOT_RUNNING(2085, "the job is not running"),
    ESLURM_SUBMISSIONS_DISABLED(2105, "job submission is switched off"),
    ESLURM_GROUP_ID_MISSING(2113, "the job's group differs from the authenticated one"),
    ESLURM_IN_STANDBY_USE_BACKUP(2131, "this controller is a standby; use the backup"),

    // slurmd (4000..)
    ESLURMD_PIPE_ERROR_ON_TASK_SPAWN(4000, "pipe failed while spawning a task"),
    ESLURMD_KILL_TASK_FAILED(4001, "a task could not be killed"),
    ESLURMD_KILL_JOB_ALREADY_COMPLETE(4002, "the job to kill had already completed"),
    ESLURMD_INVALID_ACCT_FREQ(4003, "the accounting frequency is not allowed"),
    ESLURMD_INVALID_JOB_CREDENTIAL(4004, "the job credential did not verify"),
    ESLURMD_UID_NOT_FOUND(4005, "the job's user is unknown on the node"),
    ESLURMD_GID_NOT_FOUND(4006, "the job's group is unknown on the node"),
    ESLURMD_CREDENTIAL_EXPIRED(4007, "the job credential has expired"),
    ESLURMD_CREDENTIAL_REVOKED(4008, "the job credential was revoked"),
    ESLURMD_CREDENTIAL_REPLAYED(4009, "the job credential was used before"),
    ESLURMD_CREATE_BATCH_DIR_ERROR(4010, "the batch directory could not be created"),
    ESLURMD_MODIFY_BATCH_DIR_ERROR(4011, "the batch directory could not be changed"),
    ESLURMD_CREATE_BATCH_SCRIPT_ERROR(4012, "the batch script could not be written"),
    ESLURMD_MODIFY_BATCH_SCRIPT_ERROR(4013, "the batch script could not be changed"),
    ESLURMD_SETUP_ENVIRONMENT_ERROR(4014, "the job environment could not be set up"),
    ESLURMD_SHARED_MEMORY_ERROR(4015, "shared memory failed"),
    ESLURMD_SET_UID_OR_GID_ERROR(4016, "switching to the job's user or group failed"),
    ESLURMD_SET_SID_ERROR(4017, "starting a session failed"),
    ESLURMD_CANNOT_SPAWN_IO_THREAD(4018, "the I/O thread could not start"),
    ESLURMD_FORK_FAILED(4019, "fork failed"),
    ESLURMD_EXECVE_FAILED(4020, "exec of the task failed"),
    ESLURMD_IO_ERROR(4021, "task I/O failed"),
    ESLURMD_PROLOG_FAILED(4022, "the prolog failed"),
    ESLURMD_EPILOG_FAILED(4023, "the epilog failed"),
    ESLURMD_SESSION_KILLED(4024, "the session was killed"),
    ESLURMD_TOOMANYSTEPS(4025, "too many steps on the node"),
    ESLURMD_STEP_EXISTS(4026, "the step is already running"),
    ESLURMD_JOB_NOTRUNNING(4027, "the job is not running on the node"),
    ESLURMD_STEP_SUSPENDED(4028, "the step is suspended"),
    ESLURMD_STEP_NOTSUSPENDED(4029, "the step is not suspended"),
    ESLURMD_INVALID_SOCKET_NAME_LEN(4030, "a socket path is too long"),
    ESLURMD_CONTAINER_RUNTIME_INVALID(4031, "the container runtime is not usable"),
    ESLURMD_CPU_BIND_ERROR(4032, "CPU binding failed"),
    ESLURMD_CPU_LAYOUT_ERROR(4033, "the CPU layout could not be computed"),

    // wire and authentication (5000.., 6000..)
    ESLURM_PROTOCOL_INCOMPLETE_PACKET(5003, "the receiver could not unpack the message"),
    ESLURM_AUTH_CRED_INVALID(6000, "the authentication credential is invalid");

    private static final Map<Integer, SlurmErrno> BY_CODE = new HashMap<>();

    static {
        for (SlurmErrno errno : values()) {
            BY_CODE.put(errno.code, errno);
        }
    }

    private final int code;
    private final String description;

    SlurmErrno(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The number as it travels (a signed int, sent as u32). */
    public int code() {
        return code;
    }

    /** What the code means, in FLURM's words, for logs. */
    public String description() {
        return description;
    }

    /** The entry with this number, if it is in the table. */
    public static Optional<SlurmErrno> byCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** SLURM's name for a code, or the bare number for codes not in the table. */
    public static String nameOf(int code) {
        final SlurmErrno errno = BY_CODE.get(code);
        return errno != null ? errno.name() : Integer.toString(code);
    }
}
