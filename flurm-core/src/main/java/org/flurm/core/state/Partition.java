package org.flurm.core.state;

import java.util.List;

/**
 * One partition, as slurm.conf defines it.
 *
 * @param name             the partition name
 * @param nodes            the nodes as a compressed hostlist, or null for none
 * @param nodeIndexes      the indexes of its nodes in the cluster's node order
 * @param isDefault        whether jobs that name no partition go here
 * @param up               SLURM's state_up value (UP 3, DRAIN 2, DOWN 1, INACTIVE 0)
 * @param maxTime          minutes, INFINITE for no limit
 * @param defaultTime      minutes, NO_VAL when unset
 * @param maxNodes         per job, INFINITE for no limit
 * @param minNodes         per job
 * @param maxCpusPerNode   INFINITE for no limit
 * @param flags            SLURM's partition flags (DEFAULT, HIDDEN, ROOT_ONLY, ...)
 * @param priorityJobFactor the PriorityJobFactor
 * @param priorityTier     the PriorityTier
 * @param maxShare         OverSubscribe as SLURM packs it
 * @param graceTime        seconds
 * @param allowGroups      comma-separated, null for ALL
 * @param allowAccounts    comma-separated, null for ALL
 * @param allowQos         comma-separated, null for ALL
 * @param denyAccounts     comma-separated, or null
 * @param denyQos          comma-separated, or null
 * @param allocNodes       hosts allowed to submit, null for ALL
 * @param alternate        the alternate partition, or null
 * @param qos              the partition QOS, or null
 * @param defMemPerCpu     SLURM's def_mem_per_cpu encoding
 * @param maxMemPerCpu     SLURM's max_mem_per_cpu encoding
 */
public record Partition(String name, String nodes, List<Integer> nodeIndexes,
                        boolean isDefault, int up, int maxTime, int defaultTime, int maxNodes,
                        int minNodes, int maxCpusPerNode, int flags, int priorityJobFactor,
                        int priorityTier, int maxShare, int graceTime, String allowGroups,
                        String allowAccounts, String allowQos, String denyAccounts,
                        String denyQos, String allocNodes, String alternate, String qos,
                        long defMemPerCpu, long maxMemPerCpu) {

    public static final int FLAG_DEFAULT = 0x1;
    public static final int FLAG_HIDDEN = 0x2;
    public static final int FLAG_NO_ROOT = 0x4;
    public static final int FLAG_ROOT_ONLY = 0x8;
    public static final int FLAG_REQ_RESV = 0x10;
    public static final int FLAG_LLN = 0x20;
    public static final int FLAG_EXCLUSIVE_USER = 0x40;

    public static final int STATE_INACTIVE = 0;
    public static final int STATE_DOWN = 1;
    public static final int STATE_DRAIN = 2;
    public static final int STATE_UP = 3;

    public Partition {
        nodeIndexes = List.copyOf(nodeIndexes);
    }

    /** Whether jobs may be submitted: UP and DOWN take submissions, DRAIN and INACTIVE not. */
    public boolean acceptsJobs() {
        return up == STATE_UP || up == STATE_DOWN;
    }
}
