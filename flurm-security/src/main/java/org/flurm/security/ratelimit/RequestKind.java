package org.flurm.security.ratelimit;

import java.util.EnumSet;
import java.util.Set;
import org.flurm.protocol.message.MessageType;

/**
 * The kinds of request a user's rate limits count separately: creating jobs, reading state,
 * and everything else that changes or acts on state. Each (uid, kind) pair has its own bucket.
 */
public enum RequestKind {

    /** Creates a job (sbatch, salloc, srun without an allocation): SubmitRateLimit applies. */
    SUBMIT,
    /** Reads state and changes nothing (squeue, sinfo, scontrol show, sdiag, ping). */
    QUERY,
    /** Changes or acts on existing state (scancel, scontrol update, requeue, step create). */
    UPDATE;

    private static final Set<MessageType> SUBMITS = EnumSet.of(
            MessageType.REQUEST_SUBMIT_BATCH_JOB,
            MessageType.REQUEST_SUBMIT_BATCH_HET_JOB,
            MessageType.REQUEST_RESOURCE_ALLOCATION,
            MessageType.REQUEST_HET_JOB_ALLOCATION);

    private static final Set<MessageType> QUERIES = EnumSet.of(
            MessageType.REQUEST_PING,
            MessageType.REQUEST_LICENSE_INFO,
            MessageType.REQUEST_BUILD_INFO,
            MessageType.REQUEST_JOB_INFO,
            MessageType.REQUEST_JOB_STEP_INFO,
            MessageType.REQUEST_NODE_INFO,
            MessageType.REQUEST_PARTITION_INFO,
            MessageType.REQUEST_JOB_ID,
            MessageType.REQUEST_CONFIG,
            MessageType.REQUEST_TRIGGER_GET,
            MessageType.REQUEST_JOB_INFO_SINGLE,
            MessageType.REQUEST_SHARE_INFO,
            MessageType.REQUEST_RESERVATION_INFO,
            MessageType.REQUEST_PRIORITY_FACTORS,
            MessageType.REQUEST_TOPO_INFO,
            MessageType.REQUEST_FRONT_END_INFO,
            MessageType.REQUEST_STATS_INFO,
            MessageType.REQUEST_BURST_BUFFER_INFO,
            MessageType.REQUEST_JOB_USER_INFO,
            MessageType.REQUEST_NODE_INFO_SINGLE,
            MessageType.REQUEST_ASSOC_MGR_INFO,
            MessageType.REQUEST_FED_INFO,
            MessageType.REQUEST_BATCH_SCRIPT,
            MessageType.REQUEST_CONTROL_STATUS,
            MessageType.REQUEST_BURST_BUFFER_STATUS,
            MessageType.REQUEST_CRONTAB,
            MessageType.REQUEST_JOB_WILL_RUN,
            MessageType.REQUEST_JOB_ALLOCATION_INFO,
            MessageType.REQUEST_JOB_READY,
            MessageType.REQUEST_JOB_END_TIME,
            MessageType.REQUEST_HET_JOB_ALLOC_INFO);

    /** The kind of a request type; what is neither a submission nor a query is an update. */
    public static RequestKind of(MessageType type) {
        if (SUBMITS.contains(type)) {
            return SUBMIT;
        }
        return QUERIES.contains(type) ? QUERY : UPDATE;
    }

    /**
     * The kind of a request by its header's message type id. An id SLURM 22.05 does not know
     * counts as an update, so an unknown request is never cheaper than a known one.
     */
    public static RequestKind ofMessageType(int id) {
        return MessageType.byId(id).map(RequestKind::of).orElse(UPDATE);
    }
}
