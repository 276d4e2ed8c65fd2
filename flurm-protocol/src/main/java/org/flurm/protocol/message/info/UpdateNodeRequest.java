package org.flurm.protocol.message.info;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_UPDATE_NODE (3002), and with the same layout REQUEST_DELETE_NODE (3014) and
 * REQUEST_CREATE_NODE (3015): {@code scontrol update/delete/create node}.
 *
 * <p>A null string or a NO_VAL number leaves that attribute unchanged.
 *
 * @param cpuBind 0 = unchanged
 * @param extra absent before 21.08 (decodes as null there)
 * @param nodeNames a hostlist expression, e.g. {@code "n[1-2]"}
 * @param nodeState {@link NodeState} base or flag bits (DRAIN, RESUME, UNDRAIN, ...); NO_VAL =
 *                  unchanged
 * @param reasonUid the uid of the caller that gave {@code reason}
 * @param weight NO_VAL = unchanged
 */
public record UpdateNodeRequest(String comment, int cpuBind, String extra, String features,
                                String featuresActive, String gres, String nodeAddr,
                                String nodeHostname, String nodeNames, int nodeState,
                                String reason, int reasonUid, int weight)
        implements MessageBody {
}
