package org.flurm.protocol.dbd;

import java.util.List;

/** Which TRES a request is about. */
public record TresCond(long count, List<String> formatList, List<String> idList,
                       List<String> nameList, List<String> typeList, int withDeleted) {
}
