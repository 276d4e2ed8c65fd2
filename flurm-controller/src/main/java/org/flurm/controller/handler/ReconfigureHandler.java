package org.flurm.controller.handler;

import java.io.IOException;
import java.nio.file.Path;

import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.SlurmConfParser;
import org.flurm.core.command.Command.Reconfigure;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.ConfiguredCluster;
import org.flurm.protocol.message.common.SlurmErrno;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REQUEST_RECONFIGURE (1003): {@code scontrol reconfigure}, administrators only. Re-reads
 * slurm.conf and applies what can change while jobs are queued: partition definitions
 * (nodes, limits, state, access lists) and the nodes' hardware, features and weight. A file
 * that does not parse, or that adds, removes or reorders nodes, changes nothing and is
 * answered with an error.
 *
 * <p>LIMIT: other slurm.conf settings (MinJobAge, EnforcePartLimits, timeouts, ports, ...)
 * and flurm.conf take effect only on restart, and {@code scontrol show config} keeps showing
 * the values read at start.
 */
public final class ReconfigureHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReconfigureHandler.class);

    /** SLURM's generic failure. */
    private static final int SLURM_ERROR = -1;

    private final Controller controller;
    private final Path slurmConf;

    public ReconfigureHandler(Controller controller, Path slurmConf) {
        this.controller = controller;
        this.slurmConf = slurmConf;
    }

    @Override
    public Reply handle(Request request) throws IOException {
        if (!controller.permissions().isAdministrator(request.uid())) {
            LOG.warn("reconfigure refused: uid={} is no administrator peer={}", request.uid(),
                    request.peer());
            // slurmctld answers a user's reconfigure with "Invalid user id"
            return Reply.rc(SlurmErrno.ESLURM_USER_ID_MISSING.code());
        }

        // the file as it is now, laid out as at start
        final ClusterSnapshot configured;
        try {
            configured = ConfiguredCluster.from(SlurmConfParser.parse(slurmConf));
        } catch (ConfigException e) {
            LOG.warn("reconfigure by uid={} failed, nothing changed: {}", request.uid(),
                    e.getMessage());
            return Reply.rc(SLURM_ERROR);
        }

        final CommandResult result = controller.log().submit(new Reconfigure(
                configured.nodes(), configured.partitions(), controller.now()));
        if (!result.succeeded()) {
            LOG.warn("reconfigure by uid={} refused: nodes were added, removed or reordered;"
                    + " restart flurmctld to change the node set", request.uid());
            return Reply.rc(result.rc());
        }
        LOG.info("reconfigured from {} by uid={}", slurmConf, request.uid());
        return Reply.rc(0);
    }
}
