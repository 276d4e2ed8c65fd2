package org.flurm.controller.node;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flurm.core.command.Command.NodeNotResponding;
import org.flurm.core.replication.CommandLog;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.EmptyBody;
import org.flurm.protocol.message.info.NodeState;
import org.flurm.protocol.message.slurmd.PingSlurmdResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the node daemons as slurmctld does: asks every node to register when the controller
 * starts, pings each node every SlurmdTimeout/3 seconds, shows a node that misses a ping as
 * not responding, and sets it DOWN ("Not responding") once it has been silent for
 * SlurmdTimeout. A node that never registered is asked to register again at each round.
 */
public final class NodeMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeMonitor.class);

    private final CommandLog log;
    private final SlurmdClient client;
    private final NodeRegistry registry;
    private final int slurmdTimeoutSeconds;
    private final int slurmUserId;
    private final long startedMs = System.currentTimeMillis();
    private final ExecutorService pingers = Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("slurmd-ping-", 0).daemon(true).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("node-monitor").daemon(true).factory());

    /**
     * @param slurmdTimeoutSeconds  slurm.conf's SlurmdTimeout; 0 never sets a node DOWN
     * @param slurmUserId           who the "Not responding" reason is set by
     */
    public NodeMonitor(CommandLog log, SlurmdClient client, NodeRegistry registry,
                       int slurmdTimeoutSeconds, int slurmUserId) {
        this.log = log;
        this.client = client;
        this.registry = registry;
        this.slurmdTimeoutSeconds = slurmdTimeoutSeconds;
        this.slurmUserId = slurmUserId;
    }

    /** Asks every node to register, then pings them at slurmctld's interval. */
    public void start() {
        for (Node node : log.snapshot().nodes()) {
            pingers.execute(() -> askToRegister(node));
        }
        final long intervalMs = slurmdTimeoutSeconds == 0 ? 100_000
                : Math.max(1000, slurmdTimeoutSeconds * 1000L / 3);
        timer.scheduleWithFixedDelay(this::roundQuietly, intervalMs, intervalMs,
                TimeUnit.MILLISECONDS);
    }

    private void askToRegister(Node node) {
        try {
            client.call(node.address(), node.port(),
                    MessageType.REQUEST_NODE_REGISTRATION_STATUS, EmptyBody.INSTANCE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("node={} not asked to register: {}", node.name(), e.getMessage());
        }
    }

    private void roundQuietly() {
        try {
            round(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.warn("ping round failed: {}", e.toString());
        }
    }

    private void round(long nowMs) {
        for (Node node : log.snapshot().nodes()) {
            if (node.state() == NodeState.FUTURE) {
                continue;
            }
            pingers.execute(() -> ping(node, nowMs));
        }
    }

    private void ping(Node node, long nowMs) {
        try {
            final MessageBody reply = client.call(node.address(), node.port(),
                    MessageType.REQUEST_PING, EmptyBody.INSTANCE);
            if (registry.lastAnswerMs(node.name()) < 0) {
                askToRegister(node);
            } else if (reply instanceof PingSlurmdResponse load) {
                registry.answered(node.name(), load.cpuLoad(), load.freeMem(),
                        System.currentTimeMillis());
            } else {
                registry.answered(node.name(), 0, 0, System.currentTimeMillis());
            }
            return;
        } catch (IOException | RuntimeException e) {
            LOG.debug("node={} missed a ping: {}", node.name(), e.getMessage());
        }
        registry.missed(node.name());

        // silent for SlurmdTimeout (counted from the controller's start for a node never
        // heard of): DOWN
        final long last = Math.max(registry.lastAnswerMs(node.name()), startedMs);
        if (slurmdTimeoutSeconds == 0 || node.state() == NodeState.DOWN
                || nowMs - last < slurmdTimeoutSeconds * 1000L) {
            return;
        }
        try {
            log.submit(new NodeNotResponding(node.name(), slurmUserId, nowMs / 1000));
        } catch (IOException e) {
            LOG.error("node={} could not be set DOWN: {}", node.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pingers.shutdownNow();
    }
}
