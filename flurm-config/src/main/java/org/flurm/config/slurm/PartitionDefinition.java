package org.flurm.config.slurm;

import java.util.List;
import java.util.Optional;

/**
 * One {@code PartitionName=} line with PartitionName=DEFAULT values applied and SLURM's
 * defaults for what neither gives.
 *
 * <p>Times are minutes, memory MB. Numbers use SLURM's markers: {@link SlurmConfig#INFINITE}
 * for "no limit" and {@link SlurmConfig#NO_VAL} for "not set" (DefaultTime). Name lists
 * (AllowGroups, AllowAccounts, ...) are empty when the line allows everyone ({@code ALL} or
 * not given); account and QOS names are lower case, as SLURM stores them.
 * {@code nodes} is the Nodes= expression with blanks turned into commas: node names, NodeSet
 * names or {@code ALL}. {@code overSubscribe} is NO, EXCLUSIVE, YES:n or FORCE:n.
 * {@code memPerCpu} flags say whether DefMem/MaxMem are per CPU (true) or per node.
 */
public record PartitionDefinition(
        String name,
        Optional<String> nodes,
        boolean isDefault,
        PartitionState state,
        long maxTime,
        long defaultTime,
        long maxNodes,
        long minNodes,
        long maxCpusPerNode,
        List<String> allowGroups,
        List<String> allowAccounts,
        List<String> allowQos,
        List<String> denyAccounts,
        List<String> denyQos,
        Optional<String> allocNodes,
        Optional<String> alternate,
        boolean rootOnly,
        boolean hidden,
        boolean reqResv,
        boolean lln,
        boolean exclusiveUser,
        int priorityTier,
        int priorityJobFactor,
        String overSubscribe,
        long defMem,
        boolean defMemPerCpu,
        long maxMem,
        boolean maxMemPerCpu,
        long graceTime,
        Optional<String> qos,
        Optional<String> preemptMode,
        Optional<String> tresBillingWeights,
        ConfLine source) {
}
