package org.flurm.node.job;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The submitting shell's resource limits, which sbatch sends as SLURM_RLIMIT_* variables and
 * slurmstepd applies to the job as soft limits (PropagateResourceLimits=ALL, the default),
 * turned into util-linux {@code prlimit} options. A soft limit is never raised above this
 * daemon's hard limit, which the job inherits.
 *
 * <p>LIMIT: PropagateResourceLimits and PropagateResourceLimitsExcept are not read; every
 * limit sbatch sent is applied.
 */
final class ResourceLimits {

    static final String PREFIX = "SLURM_RLIMIT_";

    /** SLURM's name, prlimit's option, the row of /proc/self/limits. */
    private static final String[][] LIMITS = {
        {"AS", "--as", "Max address space"},
        {"CORE", "--core", "Max core file size"},
        {"CPU", "--cpu", "Max cpu time"},
        {"DATA", "--data", "Max data size"},
        {"FSIZE", "--fsize", "Max file size"},
        {"MEMLOCK", "--memlock", "Max locked memory"},
        {"NOFILE", "--nofile", "Max open files"},
        {"NPROC", "--nproc", "Max processes"},
        {"RSS", "--rss", "Max resident set"},
        {"STACK", "--stack", "Max stack size"},
    };

    /** RLIM_INFINITY as sbatch prints it. */
    private static final BigInteger INFINITY = new BigInteger("18446744073709551615");

    private ResourceLimits() {
    }

    /** prlimit options for the SLURM_RLIMIT_* entries of {@code environment}. */
    static List<String> prlimitOptions(List<String> environment) {
        final Map<String, BigInteger> hard = hardLimits();
        final List<String> options = new ArrayList<>();
        for (String[] limit : LIMITS) {
            final String key = PREFIX + limit[0] + "=";
            for (String entry : environment) {
                if (!entry.startsWith(key)) {
                    continue;
                }
                final BigInteger wanted;
                try {
                    wanted = new BigInteger(entry.substring(key.length()));
                } catch (NumberFormatException e) {
                    continue;
                }
                final BigInteger ceiling = hard.getOrDefault(limit[2], INFINITY);
                final BigInteger soft = wanted.min(ceiling);
                options.add(limit[1] + "=" + (soft.equals(INFINITY) ? "unlimited" : soft) + ":");
            }
        }
        return options;
    }

    private static Map<String, BigInteger> hardLimits() {
        final Map<String, BigInteger> hard = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.length() < 47 || line.startsWith("Limit")) {
                    continue;
                }
                final String name = line.substring(0, 26).strip();
                final String value = line.substring(47).strip().split("\\s+")[0];
                hard.put(name, value.equals("unlimited") ? INFINITY : new BigInteger(value));
            }
        } catch (IOException | RuntimeException e) {
            return hard;
        }
        return hard;
    }
}
