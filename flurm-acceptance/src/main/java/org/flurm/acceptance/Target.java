package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A running SLURM-compatible cluster that the stock clients can be pointed at: the real SLURM
 * 22.05 or FLURM. Everything the normalisation rules need to know about it is here too.
 */
public interface Target {

    /** A short name for reports: {@code slurm} or {@code flurm}. */
    String name();

    /**
     * Brings the cluster up with a clean state, and returns once the controller answers.
     *
     * @throws TargetUnavailableException when the cluster cannot be started, with the reason
     */
    void start() throws IOException, InterruptedException;

    /** The slurm.conf the stock clients must read ({@code SLURM_CONF}). */
    Path slurmConf();

    /** The directory holding the target's configuration, state and logs. */
    Path directory();

    int controllerPort();

    /** One port per node daemon. */
    List<Integer> nodePorts();

    /** Stops everything {@link #start()} started, and only that. */
    void stop() throws IOException, InterruptedException;

    /** The target could not be brought up; the message says why. */
    final class TargetUnavailableException extends IOException {
        private static final long serialVersionUID = 1L;

        public TargetUnavailableException(String message) {
            super(message);
        }
    }
}
