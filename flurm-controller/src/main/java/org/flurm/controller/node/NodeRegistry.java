package org.flurm.controller.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flurm.controller.view.NodeReport;
import org.flurm.protocol.message.slurmd.NodeRegistrationStatus;

/**
 * What each node daemon last reported and when it last answered. Kept in the controller's
 * memory: a restarted controller asks every node to register again.
 */
public final class NodeRegistry implements NodeReport.Source {

    /** One node's last report and the time of its last answer (epoch milliseconds). */
    private record Entry(NodeReport report, long lastAnswerMs) {
    }

    private final Map<String, Entry> nodes = new ConcurrentHashMap<>();

    /** A registration arrived at {@code nowMs}. */
    public void registered(NodeRegistrationStatus status, long nowMs) {
        final long boot = status.upTime() == 0 ? 0 : status.timestamp() - status.upTime();
        nodes.put(status.nodeName(), new Entry(new NodeReport(true, boot,
                status.slurmdStartTime(), status.cpuLoad(), status.freeMem(), status.arch(),
                status.os(), status.version()), nowMs));
    }

    /** The node answered a ping at {@code nowMs}. */
    public void answered(String nodeName, int cpuLoad, long freeMem, long nowMs) {
        nodes.computeIfPresent(nodeName, (name, e) -> new Entry(new NodeReport(true,
                e.report().bootTime(), e.report().slurmdStartTime(), cpuLoad, freeMem,
                e.report().arch(), e.report().os(), e.report().version()), nowMs));
    }

    /** The node missed a ping. */
    public void missed(String nodeName) {
        nodes.computeIfPresent(nodeName, (name, e) -> new Entry(new NodeReport(false,
                e.report().bootTime(), e.report().slurmdStartTime(), e.report().cpuLoad(),
                e.report().freeMem(), e.report().arch(), e.report().os(),
                e.report().version()), e.lastAnswerMs()));
    }

    /** When the node last answered, epoch milliseconds; -1 if it never registered. */
    public long lastAnswerMs(String nodeName) {
        final Entry entry = nodes.get(nodeName);
        return entry == null ? -1 : entry.lastAnswerMs();
    }

    @Override
    public NodeReport of(String nodeName) {
        final Entry entry = nodes.get(nodeName);
        return entry == null ? null : entry.report();
    }
}
