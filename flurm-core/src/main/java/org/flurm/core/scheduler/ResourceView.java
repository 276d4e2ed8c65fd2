package org.flurm.core.scheduler;

/** The CPUs and memory free on each node (by rank) over the span a placement is tried for. */
interface ResourceView {

    int freeCpus(int rank);

    long freeMemory(int rank);
}
