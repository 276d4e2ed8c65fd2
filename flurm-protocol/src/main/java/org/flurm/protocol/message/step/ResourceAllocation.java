package org.flurm.protocol.message.step;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Counts;

/**
 * RESPONSE_RESOURCE_ALLOCATION (4002) and RESPONSE_JOB_ALLOCATION_INFO (4015),
 * {@code resource_allocation_response_msg_t}: the nodes slurmctld gave a job, as srun and
 * salloc learn them (from the allocation request, or later by job id inside an allocation).
 *
 * <p>Array components are neither copied nor compared by value, as for any record.
 *
 * @param environment       variables salloc exports to its shell, or null
 * @param errorCode         0, or the error the allocation met (the job may still exist)
 * @param jobSubmitUserMsg  text a job_submit plugin left for the user, or null
 * @param nodeCnt           how many nodes the job has (0 while it pends)
 * @param nodeAddrs         the nodes' addresses, one per node, or null to let the client resolve
 *                          the names itself (what slurmctld sends unless it was told addresses)
 * @param cpusPerNode       with {@code cpuCountReps}: CPUs per node, run-length encoded
 * @param pnMinMemory       memory per node in MB, or per CPU with the MEM_PER_CPU bit
 * @param selectJobinfo     the select plugin's job data
 */
public record ResourceAllocation(
        String account,
        String aliasList,
        String batchHost,
        List<String> environment,
        int errorCode,
        String jobSubmitUserMsg,
        int jobId,
        int nodeCnt,
        List<OrigAddr> nodeAddrs,
        String nodeList,
        int ntasksPerBoard,
        int ntasksPerCore,
        int ntasksPerTres,
        int ntasksPerSocket,
        int[] cpusPerNode,
        int[] cpuCountReps,
        String partition,
        long pnMinMemory,
        String qos,
        String resvName,
        SelectJobInfo selectJobinfo) implements MessageBody {

    public ResourceAllocation {
        Objects.requireNonNull(selectJobinfo, "selectJobinfo");
        environment = environment == null ? null : List.copyOf(environment);
        // the wire has no empty address array: none is sent as "no addresses"
        nodeAddrs = nodeAddrs == null || nodeAddrs.isEmpty() ? null : List.copyOf(nodeAddrs);
        if (nodeAddrs != null && nodeAddrs.size() != nodeCnt) {
            throw new IllegalArgumentException(
                    nodeAddrs.size() + " node addresses for " + nodeCnt + " nodes");
        }
        if (Counts.of(cpusPerNode) != Counts.of(cpuCountReps)) {
            throw new IllegalArgumentException("CPU group arrays differ in length");
        }
    }
}
