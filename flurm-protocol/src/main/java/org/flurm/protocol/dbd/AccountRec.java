package org.flurm.protocol.dbd;

import java.util.List;

/** An account; on add, {@code assocList} carries its new associations. */
public record AccountRec(List<AssocRec> assocList, List<CoordRec> coordinators,
                         String description, int flags, String name, String organization) {
}
