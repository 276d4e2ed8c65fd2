package org.flurm.protocol.dbd;

import java.util.List;

/**
 * One update object of ACCOUNTING_UPDATE_MSG (10001), which slurmdbd sends slurmctld after a
 * commit: the kind of change and the records it applies to (user, association or QOS records,
 * as the type says; none for the cluster types).
 */
public record AccountingUpdate(int type, List<?> records) {

    public static final int ADD_USER = 1;
    public static final int ADD_ASSOC = 2;
    public static final int ADD_COORD = 3;
    public static final int MODIFY_USER = 4;
    public static final int MODIFY_ASSOC = 5;
    public static final int REMOVE_USER = 6;
    public static final int REMOVE_ASSOC = 7;
    public static final int REMOVE_COORD = 8;
    public static final int ADD_QOS = 9;
    public static final int REMOVE_QOS = 10;
    public static final int MODIFY_QOS = 11;
    public static final int ADD_CLUSTER = 15;
    public static final int REMOVE_CLUSTER = 16;
    public static final int REMOVE_ASSOC_USAGE = 17;
    public static final int REMOVE_QOS_USAGE = 21;

    /** The ordinary RPC id of ACCOUNTING_UPDATE_MSG. */
    public static final int ACCOUNTING_UPDATE_MSG = 10001;
}
