package org.flurm.protocol.dbd;

import java.util.List;

/** Which users a request is about, and what to return with them. */
public record UserCond(int adminLevel, AssocCond assocCond, List<String> defAcctList,
                       List<String> defWckeyList, int withAssocs, int withCoords,
                       int withDeleted, int withWckeys) {
}
