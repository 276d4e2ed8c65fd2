package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.common.JobDefault;
import org.flurm.protocol.pack.Bitmap;

/**
 * One partition as {@code sinfo}, {@code squeue} and {@code scontrol show partition} receive it
 * (partition record, 37 fields). Unsigned wire numbers are held as in {@code Unpacker}: u16 as
 * non-negative int, u32 as the raw int (NO_VAL reads as -2, INFINITE as -1), u64 as raw long.
 *
 * @param name NULL on the wire becomes "" in the client
 * @param graceTime seconds
 * @param maxTime minutes; INFINITE = unlimited
 * @param defaultTime minutes; NO_VAL = none
 * @param maxNodes INFINITE = unlimited
 * @param defMemPerCpu MB; 0 = unset; bit 63 ({@code MEM_PER_CPU}) set = per CPU, else per node
 * @param maxCpusPerNode INFINITE = unlimited
 * @param maxMemPerCpu as {@code defMemPerCpu}
 * @param flags {@code PartitionState.FLAG_*} bits
 * @param maxShare OverSubscribe: 0 = EXCLUSIVE, 1 = NO, n = YES:n, 0x8000|n = FORCE:n
 * @param overTimeLimit minutes; NO_VAL16 = none
 * @param preemptMode NO_VAL16 = the cluster's PreemptMode
 * @param stateUp {@link PartitionState} value
 * @param crType select type parameters overriding the cluster's; 0 = none
 * @param allowAccounts null = all (so for the other allow lists)
 * @param qos the partition's QOS name ({@code qos_char})
 * @param nodes hostlist expression
 * @param nodeInx the partition's nodes by node-table index
 * @param jobDefaults null = none (NO_VAL on the wire)
 */
public record PartitionInfo(String name, int cpuBind, int graceTime, int maxTime,
                            int defaultTime, int maxNodes, int minNodes, int totalNodes,
                            int totalCpus, long defMemPerCpu, int maxCpusPerNode,
                            long maxMemPerCpu, int flags, int maxShare, int overTimeLimit,
                            int preemptMode, int priorityJobFactor, int priorityTier,
                            int stateUp, int crType, int resumeTimeout, int suspendTimeout,
                            int suspendTime, String allowAccounts, String allowGroups,
                            String allowAllocNodes, String allowQos, String qos,
                            String alternate, String denyAccounts, String denyQos,
                            String nodes, String nodesets, Bitmap nodeInx,
                            String billingWeights, String tresFmt,
                            List<JobDefault> jobDefaults) {

    public PartitionInfo {
        jobDefaults = jobDefaults == null ? null : List.copyOf(jobDefaults);
    }
}
