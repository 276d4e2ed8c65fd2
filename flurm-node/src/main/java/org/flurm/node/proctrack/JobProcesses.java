package org.flurm.node.proctrack;

import java.io.IOException;
import java.util.Set;

/**
 * Every process that belongs to one job on this node, however it was started: children,
 * grandchildren, daemons that called setsid and orphans that double-forked. The node daemon
 * signals them together and waits until they are gone before it reports the job's end.
 */
public sealed interface JobProcesses permits CgroupJobProcesses, ScannedJobProcesses {

    /**
     * The file the launching shell writes its own pid into before it becomes the job, so that
     * every later process is born inside the tracker; null when the tracker needs no joining.
     */
    String joinFile();

    /** The pids alive in the job now. */
    Set<Integer> pids() throws IOException;

    /** Sends {@code signal} to every process of the job; returns how many were signalled. */
    int signalAll(int signal) throws IOException;

    /** Frees what the tracker holds; called once the job has no process left. */
    void release();
}
