package org.flurm.node.proctrack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.flurm.node.os.Posix;

/**
 * A job's processes found by scanning /proc, for hosts without a writable cgroup v2: the
 * process that runs the script, every process in its session or below it in the parent
 * tree, and every process whose starting environment names this job on this node
 * (SLURM_JOB_ID and SLURMD_NODENAME), which catches daemons that left the session and were
 * re-parented to init.
 *
 * <p>LIMIT: a process that the job started with a cleared environment and that also left the
 * job's session and parent tree (e.g. {@code env -i setsid daemon}) is not found, and a pid
 * reused between two scans could be signalled by mistake.
 */
public final class ScannedJobProcesses implements JobProcesses {

    private static final Path PROC = Path.of("/proc");

    private final int jobId;
    private final String nodeName;
    private final int uid;
    private volatile int leader;

    ScannedJobProcesses(int jobId, String nodeName, int uid) {
        this.jobId = jobId;
        this.nodeName = nodeName;
        this.uid = uid;
    }

    /** Names the process that runs the script, once it is started. */
    public void leader(int pid) {
        this.leader = pid;
    }

    @Override
    public String joinFile() {
        return null;
    }

    @Override
    public Set<Integer> pids() throws IOException {
        final Map<Integer, int[]> stats = new HashMap<>();
        final Set<Integer> found = new LinkedHashSet<>();
        final byte[] jobMark = ("SLURM_JOB_ID=" + Integer.toUnsignedString(jobId))
                .getBytes(StandardCharsets.UTF_8);
        final byte[] nodeMark = ("SLURMD_NODENAME=" + nodeName).getBytes(StandardCharsets.UTF_8);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                final int pid = Integer.parseInt(entry.getFileName().toString());
                final int[] stat = stat(entry);
                if (stat == null) {
                    continue;
                }
                stats.put(pid, stat);
                if (pid == leader || (leader > 0 && stat[1] == leader)) {
                    found.add(pid);
                } else if (stat[2] == uid && environHas(entry, jobMark, nodeMark)) {
                    found.add(pid);
                }
            }
        }

        // descendants of anything found, to the bottom of the tree
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<Integer, int[]> process : stats.entrySet()) {
                if (!found.contains(process.getKey()) && found.contains(process.getValue()[0])) {
                    found.add(process.getKey());
                    grew = true;
                }
            }
        }
        return found;
    }

    /** ppid, session id and real uid of a process, or null if it is gone or a zombie. */
    private static int[] stat(Path entry) {
        try {
            final String stat = Files.readString(entry.resolve("stat"));
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            if (fields[0].equals("Z") || fields[0].equals("X")) {
                return null;
            }
            final int uid = uid(entry);
            return new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[3]), uid};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int uid(Path entry) throws IOException {
        for (String line : Files.readAllLines(entry.resolve("status"))) {
            if (line.startsWith("Uid:")) {
                return Integer.parseInt(line.substring(4).strip().split("\\s+")[0]);
            }
        }
        return -1;
    }

    private static boolean environHas(Path entry, byte[] jobMark, byte[] nodeMark) {
        try {
            final byte[] environ = Files.readAllBytes(entry.resolve("environ"));
            return containsEntry(environ, jobMark) && containsEntry(environ, nodeMark);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the NUL-separated block holds exactly {@code entry}. */
    static boolean containsEntry(byte[] block, byte[] entry) {
        int start = 0;
        while (start < block.length) {
            int end = start;
            while (end < block.length && block[end] != 0) {
                end++;
            }
            if (end - start == entry.length
                    && Arrays.equals(block, start, end, entry, 0, entry.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
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
    }
}
