package org.flurm.protocol.dbd;

/** One trackable resource (cpu, mem, node, ...) as the DBD lists it. */
public record TresRec(long allocSecs, long count, int id, String name, String type) {
}
