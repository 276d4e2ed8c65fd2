package org.flurm.config.hostlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hostlist expressions such as {@code n[001-010,015],r2i[4-7]n[0-8],login}, read and written
 * exactly as SLURM 22.05 does: {@link #expand} matches {@code scontrol show hostnames},
 * {@link #compress} matches {@code scontrol show hostlist} and {@link #compressSorted} matches
 * {@code scontrol show hostlistsorted}, byte for byte.
 *
 * <p>SLURM keeps duplicates: {@code n[1,1-2]} names n1 twice, and compressing lists them again.
 */
public final class Hostlist {

    // LIMIT: larger lists are refused; SLURM would try to build them and run out of memory.
    /** Most host names {@link #expand} materialises. */
    public static final int MAX_EXPANDED_HOSTS = 1 << 24;

    private Hostlist() {
    }

    /** Expands "n[001-010,015],r2i[4-7]n[0-8],login" to host names, in SLURM's order. */
    public static List<String> expand(String expression) throws HostlistException {
        final long total = countHosts(expression);
        if (total > MAX_EXPANDED_HOSTS) {
            throw new HostlistException(expression + " names " + total
                    + " hosts, more than the " + MAX_EXPANDED_HOSTS + " FLURM expands");
        }
        final RangeList list = HostlistParser.parse(expression);
        final List<String> hosts = new ArrayList<>(Math.max(list.hostCount(), 0));
        for (String host = list.shift(); host != null; host = list.shift()) {
            hosts.add(host);
        }
        return hosts;
    }

    /**
     * Compresses keeping the input order, as {@code scontrol show hostlist} prints. Each element
     * is one host name.
     *
     * @throws IllegalArgumentException for an empty name or one holding a separator or bracket
     */
    public static String compress(List<String> hosts) {
        return fromNames(hosts).rangedString();
    }

    /** Compresses after sorting, as {@code scontrol show hostlistsorted} prints. */
    public static String compressSorted(List<String> hosts) {
        final RangeList list = fromNames(hosts);
        list.sort();
        return list.rangedString();
    }

    /** Rewrites an expression in SLURM's compressed form, as {@code scontrol show hostlist}. */
    public static String compress(String expression) throws HostlistException {
        checkSize(expression);
        return HostlistParser.parse(expression).rangedString();
    }

    /** Rewrites an expression sorted and compressed, as {@code scontrol show hostlistsorted}. */
    public static String compressSorted(String expression) throws HostlistException {
        checkSize(expression);
        final RangeList list = HostlistParser.parse(expression);
        list.sort();
        return list.rangedString();
    }

    /** Number of hosts the expression names, duplicates included, without listing them. */
    public static int count(String expression) throws HostlistException {
        final long total = countHosts(expression);
        if (total > Integer.MAX_VALUE) {
            throw new HostlistException(expression + " names more than "
                    + Integer.MAX_VALUE + " hosts");
        }
        return (int) total;
    }

    private static long countHosts(String expression) throws HostlistException {
        return HostlistParser.count(Objects.requireNonNull(expression, "expression"));
    }

    private static void checkSize(String expression) throws HostlistException {
        final long total = countHosts(expression);
        if (total > MAX_EXPANDED_HOSTS) {
            throw new HostlistException(expression + " names " + total
                    + " hosts, more than the " + MAX_EXPANDED_HOSTS + " FLURM handles");
        }
    }

    private static RangeList fromNames(List<String> hosts) {
        final RangeList list = new RangeList();
        for (final String host : hosts) {
            if (host.isEmpty() || host.chars().anyMatch(c -> "\t, []".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a single host name: '" + host + "'");
            }
            list.push(HostRange.ofHostName(host));
        }
        return list;
    }
}
