package org.flurm.controller.view;

/**
 * What a node's daemon last reported of itself, and whether it still answers: the part of a
 * node record that lives with the controller process, not in the replicated state.
 *
 * @param responding       whether the node answered its last registration or ping
 * @param bootTime         when the host booted, epoch seconds
 * @param slurmdStartTime  when its slurmd started, epoch seconds
 * @param cpuLoad          load average times 100
 * @param freeMem          free memory, MiB
 * @param arch             e.g. "x86_64"
 * @param os               the uname string
 * @param version          the slurmd's release, e.g. "22.05.8"
 */
public record NodeReport(boolean responding, long bootTime, long slurmdStartTime, int cpuLoad,
                         long freeMem, String arch, String os, String version) {

    /** Looks up what is known of a node's daemon. */
    @FunctionalInterface
    public interface Source {

        /** Nothing known of any node: every node shows as not responding. */
        Source NONE = name -> null;

        /** The report for {@code nodeName}, null when its daemon never registered. */
        NodeReport of(String nodeName);
    }
}
