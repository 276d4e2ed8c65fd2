package org.flurm.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The real SLURM 22.05 as a target, brought up and down by the shared {@code slurm-ref-up.sh}
 * and {@code slurm-ref-down.sh} in a private directory on private ports, so that it can run
 * beside another reference cluster on the default ports.
 */
public final class ReferenceSlurm implements Target {

    /** Job ids start here on every target, so that they stand apart from small numbers. */
    static final int FIRST_JOB_ID = 100001;
    static final int NODES = 4;

    private final Path tools;
    private final Path dir;
    private final int ctldPort;
    private final int slurmdPort;
    private final boolean purgeOnStop;

    /**
     * @param purgeOnStop whether {@link #stop()} also removes the directory (logs included)
     */
    public ReferenceSlurm(Path tools, Path dir, int ctldPort, int slurmdPort,
                          boolean purgeOnStop) {
        this.tools = tools;
        this.dir = dir;
        this.ctldPort = ctldPort;
        this.slurmdPort = slurmdPort;
        this.purgeOnStop = purgeOnStop;
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public void start() throws IOException, InterruptedException {
        // a leftover cluster of an interrupted run would keep its old state: stop it first
        script("slurm-ref-down.sh", false);
        final Shell.Result up = script("slurm-ref-up.sh", false);
        if (up.exitCode() != 0) {
            throw new TargetUnavailableException("slurm-ref-up.sh failed (exit "
                    + up.exitCode() + "):\n" + up.stderr());
        }

        // the up script has no knob for FirstJobId; slurmctld takes it on reconfigure
        Files.writeString(slurmConf(), "FirstJobId=" + FIRST_JOB_ID + "\n",
                StandardOpenOption.APPEND);
        final Shell.Result reconfigure = Shell.run(List.of("scontrol", "reconfigure"),
                Map.of("PATH", System.getenv("PATH"), "SLURM_CONF", slurmConf().toString()),
                Path.of("/"), 60);
        if (reconfigure.exitCode() != 0) {
            throw new TargetUnavailableException("scontrol reconfigure failed:\n"
                    + reconfigure.stderr());
        }
    }

    @Override
    public Path slurmConf() {
        return dir.resolve("etc/slurm.conf");
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public int controllerPort() {
        return ctldPort;
    }

    @Override
    public List<Integer> nodePorts() {
        return IntStream.range(0, NODES).mapToObj(i -> slurmdPort + i).toList();
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        script("slurm-ref-down.sh", purgeOnStop);
    }

    private Shell.Result script(String name, boolean purge)
            throws IOException, InterruptedException {
        final Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", System.getProperty("user.home"));
        env.put("SLURM_REF_DIR", dir.toString());
        env.put("SLURM_REF_CTLD_PORT", Integer.toString(ctldPort));
        env.put("SLURM_REF_SLURMD_PORT", Integer.toString(slurmdPort));
        env.put("SLURM_REF_NODES", Integer.toString(NODES));
        env.put("SLURM_REF_INSTALL", "0");
        env.put("SLURM_REF_PURGE", purge ? "1" : "0");
        return Shell.run(List.of("bash", tools.resolve(name).toString()), env, Path.of("/"), 120);
    }
}
