package org.flurm.node.proctrack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how this host tracks job processes: a cgroup v2 subtree when one is mounted and
 * writable (on a pure v2 host at /sys/fs/cgroup, on a hybrid one usually at
 * /sys/fs/cgroup/unified), else a scan of /proc.
 */
public final class ProcessTracking {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessTracking.class);

    private final Path cgroupRoot;
    private final String nodeName;

    private ProcessTracking(Path cgroupRoot, String nodeName) {
        this.cgroupRoot = cgroupRoot;
        this.nodeName = nodeName;
    }

    /** Probes the host once; {@code useCgroup} false forces the /proc scan. */
    public static ProcessTracking forHost(String nodeName, int port, boolean useCgroup) {
        if (!useCgroup) {
            return new ProcessTracking(null, nodeName);
        }
        final Optional<Path> mount = cgroup2Mount();
        if (mount.isEmpty()) {
            LOG.info("node={}: no cgroup v2 mount, tracking job processes through /proc",
                    nodeName);
            return new ProcessTracking(null, nodeName);
        }
        // the port tells apart two flurmd serving one NodeName on one host (as in tests)
        final Path root = mount.get().resolve("flurmd_" + nodeName + "_" + port);
        try {
            Files.createDirectories(root);
            if (!Files.isWritable(root.resolve("cgroup.procs"))) {
                throw new IOException("cgroup.procs is not writable");
            }
        } catch (IOException e) {
            LOG.info("node={}: cgroup v2 at {} unusable ({}), tracking through /proc", nodeName,
                    mount.get(), e.getMessage());
            return new ProcessTracking(null, nodeName);
        }
        LOG.info("node={}: tracking job processes in cgroup v2 {}", nodeName, root);
        return new ProcessTracking(root, nodeName);
    }

    public boolean usesCgroup() {
        return cgroupRoot != null;
    }

    /** A tracker for a job that is about to start. */
    public JobProcesses forJob(int jobId, int uid) throws IOException {
        if (cgroupRoot != null) {
            return new CgroupJobProcesses(cgroupRoot.resolve(
                    "job_" + Integer.toUnsignedString(jobId)));
        }
        return new ScannedJobProcesses(jobId, nodeName, uid);
    }

    /** Removes this daemon's cgroup folder once no job folder is left in it. */
    public void close() {
        if (cgroupRoot == null) {
            return;
        }
        try {
            Files.deleteIfExists(cgroupRoot);
        } catch (IOException e) {
            LOG.debug("node={}: {} not removed: {}", nodeName, cgroupRoot, e.getMessage());
        }
    }

    private static Optional<Path> cgroup2Mount() {
        try {
            final List<String> lines = Files.readAllLines(Path.of("/proc/self/mountinfo"));
            for (String line : lines) {
                // fields: id parent major:minor root mountpoint options ... - fstype source opts
                final int dash = line.indexOf(" - ");
                if (dash < 0) {
                    continue;
                }
                final String[] after = line.substring(dash + 3).split(" ");
                if (after[0].equals("cgroup2")) {
                    return Optional.of(Path.of(line.split(" ")[4]));
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot read mountinfo: {}", e.getMessage());
        }
        return Optional.empty();
    }
}
