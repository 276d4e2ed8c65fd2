package org.flurm.protocol.dbd;

import java.util.List;

/**
 * An association (cluster, account, optional user and partition) with its limits, in the field
 * order of slurmdb_pack_assoc_rec. In requests unset numbers are NO_VAL and unset strings
 * null; in replies unset limits are INFINITE. {@code qosList} holds QOS ids as decimal text.
 */
public record AssocRec(List<AccountingRec> accountingList, String acct, String cluster,
                       int defQosId, int flags, int sharesRaw, String grpTresMins,
                       String grpTresRunMins, String grpTres, int grpJobs, int grpJobsAccrue,
                       int grpSubmitJobs, int grpWall, int id, int isDef, int lft,
                       String maxTresMinsPj, String maxTresRunMins, String maxTresPj,
                       String maxTresPn, int maxJobs, int maxJobsAccrue, int minPrioThresh,
                       int maxSubmitJobs, int maxWallPj, String parentAcct, int parentId,
                       String partition, int priority, List<String> qosList, int rgt, int uid,
                       String user) {

    /** ASSOC_FLAG_DELETED. */
    public static final int FLAG_DELETED = 0x1;
}
