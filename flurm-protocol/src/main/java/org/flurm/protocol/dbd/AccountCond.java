package org.flurm.protocol.dbd;

import java.util.List;

/** Which accounts a request is about, and what to return with them. */
public record AccountCond(AssocCond assocCond, List<String> descriptionList,
                          List<String> organizationList, int withAssocs, int withCoords,
                          int withDeleted) {
}
