package org.flurm.node.proctrack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.flurm.node.os.Posix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's processes as the members of its own cgroup v2 directory: the kernel keeps every
 * descendant in it, whatever session or parent it ends up with, so nothing escapes.
 */
public final class CgroupJobProcesses implements JobProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(CgroupJobProcesses.class);

    private final Path dir;

    CgroupJobProcesses(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String joinFile() {
        return dir.resolve("cgroup.procs").toString();
    }

    @Override
    public Set<Integer> pids() throws IOException {
        final Set<Integer> pids = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("cgroup.procs"))) {
                if (!line.isBlank()) {
                    pids.add(Integer.parseInt(line.strip()));
                }
            }
        } catch (NoSuchFileException e) {
            return Set.of();
        }
        return pids;
    }

    @Override
    public int signalAll(int signal) throws IOException {
        int signalled = 0;
        for (int pid : pids()) {
            if (Posix.kill(pid, signal)) {
                signalled++;
            }
        }
        return signalled;
    }

    @Override
    public void release() {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("cgroup {} could not be removed: {}", dir, e.getMessage());
        }
    }
}
