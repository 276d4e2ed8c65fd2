package org.flurm.protocol.dbd;

import java.util.List;

/** Which QOS a request is about. */
public record QosCond(List<String> descriptionList, List<String> formatList,
                      List<String> idList, List<String> nameList, int preemptMode,
                      int withDeleted) {
}
