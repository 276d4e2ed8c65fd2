package org.flurm.node.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What this host has and how busy it is, read from /proc and /sys the way slurmd reads its
 * hardware: CPUs, sockets, cores and threads, memory and TmpFS size, load and free memory.
 */
public final class HostResources {

    private HostResources() {
    }

    /** The host's CPU topology: logical CPUs, sockets, cores per socket, threads per core. */
    public record Topology(int cpus, int sockets, int coresPerSocket, int threadsPerCore) {
    }

    /** Reads the topology from /sys/devices/system/cpu, falling back to one socket. */
    public static Topology topology() {
        final int cpus = Runtime.getRuntime().availableProcessors();
        final Set<String> sockets = new HashSet<>();
        final Set<String> cores = new HashSet<>();
        int online = 0;
        for (int cpu = 0; cpu < 4096; cpu++) {
            final Path dir = Path.of("/sys/devices/system/cpu/cpu" + cpu + "/topology");
            if (!Files.isDirectory(dir)) {
                break;
            }
            try {
                final String socket = Files.readString(dir.resolve("physical_package_id"))
                        .strip();
                final String core = Files.readString(dir.resolve("core_id")).strip();
                sockets.add(socket);
                cores.add(socket + ":" + core);
                online++;
            } catch (IOException e) {
                break;
            }
        }
        if (online == 0 || sockets.isEmpty()) {
            return new Topology(cpus, 1, cpus, 1);
        }
        final int threads = Math.max(1, online / cores.size());
        return new Topology(online, sockets.size(), cores.size() / sockets.size(), threads);
    }

    /** MemTotal in MB. */
    public static long realMemoryMb() {
        return meminfoKb("MemTotal:") / 1024;
    }

    /** Memory free for jobs in MB (MemAvailable, else MemFree). */
    public static long freeMemoryMb() {
        final long available = meminfoKb("MemAvailable:");
        return (available >= 0 ? available : meminfoKb("MemFree:")) / 1024;
    }

    /** The size of the file system holding {@code tmpFs}, in MB. */
    public static long tmpDiskMb(Path tmpFs) {
        try {
            return Files.getFileStore(tmpFs).getTotalSpace() / (1024 * 1024);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The one-minute load average times 100, as slurmd reports it. */
    public static int cpuLoad() {
        try {
            final String loadavg = Files.readString(Path.of("/proc/loadavg"));
            return (int) Math.round(Double.parseDouble(loadavg.split(" ")[0]) * 100);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Seconds since the host booted. */
    public static int upTimeSeconds() {
        try {
            final String uptime = Files.readString(Path.of("/proc/uptime"));
            return (int) Double.parseDouble(uptime.split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** uname's machine name, e.g. "x86_64". */
    public static String arch() {
        final String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    /** uname's system name, release and version, as slurmd joins them. */
    public static String os() {
        String version = "";
        try {
            version = Files.readString(Path.of("/proc/sys/kernel/version")).strip();
        } catch (IOException e) {
            // the version stays empty; the other two parts still identify the kernel
        }
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + version;
    }

    private static long meminfoKb(String key) {
        try {
            final List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).strip().split(" ")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
