package org.flurm.protocol.dbd;

import java.util.List;

/** A user known to accounting, in the field order of slurmdb_pack_user_rec. */
public record UserRec(int adminLevel, List<AssocRec> assocList, List<CoordRec> coordAccts,
                      String defaultAcct, String defaultWckey, int flags, String name,
                      String oldName, int uid, List<WckeyRec> wckeyList) {

    /** "don't change" in a modify request. */
    public static final int ADMIN_NOTSET = 0;
    public static final int ADMIN_NONE = 1;
    public static final int ADMIN_OPERATOR = 2;
    /** SLURMDB_ADMIN_SUPER_USER, printed "Administrator". */
    public static final int ADMIN_SUPER_USER = 3;
}
