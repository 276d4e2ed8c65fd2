package org.flurm.protocol.dbd;

import java.util.List;

/** A workload characterisation key of a user on a cluster. */
public record WckeyRec(List<AccountingRec> accountingList, String cluster, int flags, int id,
                       int isDef, String name, int uid, String user) {
}
