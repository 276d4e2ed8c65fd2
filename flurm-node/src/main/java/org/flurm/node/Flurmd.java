package org.flurm.node;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.flurm.config.slurm.ConfigException;
import org.flurm.config.slurm.ConfigProblem;
import org.flurm.config.slurm.SlurmConfParser;
import org.flurm.config.slurm.SlurmConfig;

/**
 * flurmd's entry point, with slurmd's options: {@code -D} (stay in the foreground), {@code -f}
 * slurm.conf, {@code -N} NodeName, {@code -v} (more logging; the logging backend decides).
 *
 * <p>LIMIT: flurmd always stays in the foreground; without -D it does not detach as slurmd
 * does, so a service manager or {@code &} has to put it in the background.
 *
 * <p>LIMIT: jobs do not outlive flurmd. slurmd leaves each job to its own slurmstepd, which
 * keeps running across a slurmd restart; flurmd watches its jobs itself and kills them when
 * it stops.
 */
public final class Flurmd {

    /** Exit code when the daemon cannot start (bad options or configuration, port taken). */
    public static final int CANNOT_RUN = 1;

    private Flurmd() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.err));
    }

    /** Runs the daemon until it is told to stop; returns the process exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream err) {
        Path conf = null;
        String nodeName = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-D", "-v", "-vv", "-vvv", "-vvvv" -> {
                    // foreground is the only mode; verbosity belongs to the logging backend
                }
                case "-f" -> conf = ++i < args.length ? Path.of(args[i]) : null;
                case "-N" -> nodeName = ++i < args.length ? args[i] : null;
                default -> {
                    err.println("flurmd: unknown option " + args[i]
                            + "; usage: flurmd [-D] [-f slurm.conf] [-N nodename] [-v]");
                    return CANNOT_RUN;
                }
            }
        }
        if (conf == null) {
            conf = Path.of(env.getOrDefault("SLURM_CONF", "/etc/slurm/slurm.conf"));
        }
        final PrintWriter writer = new PrintWriter(err, true);
        return run(conf, nodeName, "flurmd", writer);
    }

    /**
     * Starts flurmd for {@code nodeName} (null: this host's short name) and waits.
     *
     * @param who  the name problems are reported under, e.g. "flurm node"
     */
    public static int run(Path conf, String nodeName, String who, PrintWriter err) {
        final NodeDaemon daemon;
        try {
            daemon = start(conf, nodeName);
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                final String where = problem.line() > 0
                        ? problem.file() + ":" + problem.line() : String.valueOf(problem.file());
                err.println(who + ": " + where + ": " + problem.message());
            }
            err.flush();
            return CANNOT_RUN;
        } catch (IOException e) {
            err.println(who + ": cannot start: " + e.getMessage());
            err.flush();
            return CANNOT_RUN;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(daemon::close));
        try {
            daemon.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        daemon.close();
        return 0;
    }

    /** Reads slurm.conf, binds the node's port and starts registering; returns at once. */
    public static NodeDaemon start(Path conf, String nodeName) throws ConfigException,
            IOException {
        return start(conf, nodeName, true);
    }

    /**
     * As {@link #start(Path, String)}; {@code useCgroup} false tracks job processes through
     * /proc even where cgroup v2 is available.
     */
    public static NodeDaemon start(Path conf, String nodeName, boolean useCgroup)
            throws ConfigException, IOException {
        final SlurmConfig config = SlurmConfParser.parse(conf);
        final NodeSettings settings = NodeSettings.from(config, nodeName);
        final NodeDaemon daemon = new NodeDaemon(settings, useCgroup);
        daemon.start();
        return daemon;
    }
}
