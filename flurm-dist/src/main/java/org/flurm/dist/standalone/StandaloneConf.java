package org.flurm.dist.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The slurm.conf and flurm.conf of a one-machine cluster, written into its state folder for
 * flurm standalone and the stock clients alike: one node, this host, with its CPUs and
 * memory; a debug partition; MUNGE through a socket in the state folder, which flurm
 * standalone serves with a munged of its own; SlurmUser root, since the node daemon runs each
 * job as its user. No accounting keys: standalone runs no accounting daemon, and with one
 * named the clients would try to reach it.
 *
 * <p>The layout of the state folder: {@code slurm.conf}, {@code flurm.conf},
 * {@code munge/munge.socket.2} (0755) with the key in {@code munge/key/} (0700),
 * {@code state/} (StateSaveLocation, 0700), {@code spool/<node>/} (SlurmdSpoolDir), {@code log/}.
 *
 * @param clusterName ClusterName
 * @param nodeName the one node's NodeName, this host's short name
 * @param cpus the node's CPUs
 * @param realMemoryMb the node's RealMemory
 * @param slurmctldPort SlurmctldPort
 * @param slurmdPort SlurmdPort
 * @param replicationPort flurm.conf's ReplicationPort, which the controller's log listens on
 */
public record StandaloneConf(String clusterName, String nodeName, int cpus, long realMemoryMb,
                             int slurmctldPort, int slurmdPort, int replicationPort) {

    /** SLURM's default ports, used when they are free. */
    public static final int DEFAULT_SLURMCTLD_PORT = 6817;
    public static final int DEFAULT_SLURMD_PORT = 6818;
    /** flurm.conf's default ReplicationPort. */
    public static final int DEFAULT_REPLICATION_PORT = 6825;

    /** This host's cluster: its CPUs and memory, SLURM's ports where free, others where not. */
    public static StandaloneConf forThisHost(String nodeName, int cpus, long realMemoryMb)
            throws IOException {
        final Set<Integer> taken = new HashSet<>();
        final int ctld = freeOrOther(DEFAULT_SLURMCTLD_PORT, taken);
        final int slurmd = freeOrOther(DEFAULT_SLURMD_PORT, taken);
        final int replication = freeOrOther(DEFAULT_REPLICATION_PORT, taken);
        return new StandaloneConf("flurm", nodeName, cpus, realMemoryMb, ctld, slurmd,
                replication);
    }

    /** The slurm.conf in {@code stateDir}, where {@link #write} puts it. */
    public static Path slurmConfIn(Path stateDir) {
        return stateDir.toAbsolutePath().normalize().resolve("slurm.conf");
    }

    /** Writes slurm.conf and flurm.conf and makes the folders they name; returns slurm.conf. */
    public Path write(Path stateDir) throws IOException {
        final Path dir = stateDir.toAbsolutePath().normalize();
        final Path munge = dir.resolve("munge");
        for (Path folder : List.of(dir, munge, dir.resolve("spool"), dir.resolve("log"))) {
            Files.createDirectories(folder);
            // the stock clients of every user read slurm.conf and reach the munge socket
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // the MUNGE key, and the controller's log and snapshots, are for the daemons alone
        for (Path folder : List.of(munge.resolve("key"), dir.resolve("state"))) {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }

        Files.writeString(dir.resolve("flurm.conf"), flurmConf(dir));
        final Path slurmConf = slurmConfIn(dir);
        Files.writeString(slurmConf, slurmConf(dir));
        return slurmConf;
    }

    /** slurm.conf's text for a state folder at {@code dir}. */
    String slurmConf(Path dir) {
        return String.join("\n",
                "# A one-machine FLURM cluster, written by flurm standalone. Edits are kept:",
                "# flurm standalone writes this file only when it is missing.",
                "ClusterName=" + clusterName,
                "SlurmctldHost=localhost",
                "SlurmctldPort=" + slurmctldPort,
                "SlurmdPort=" + slurmdPort,
                "AuthType=auth/munge",
                "AuthInfo=socket=" + dir.resolve("munge/munge.socket.2"),
                "CredType=cred/munge",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool") + "/%n",
                "ProctrackType=proctrack/linuxproc",
                "ReturnToService=2",
                "NodeName=" + nodeName + " NodeAddr=127.0.0.1 CPUs=" + cpus
                        + " RealMemory=" + realMemoryMb + " State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                "");
    }

    /** flurm.conf's text: the replication port, and an audit log inside the state folder. */
    String flurmConf(Path dir) {
        return String.join("\n",
                "# FLURM's own settings for the one-machine cluster (docs/flurm.conf.md).",
                "ReplicationPort=" + replicationPort,
                "AuditLog=" + dir.resolve("log/audit.log"),
                "");
    }

    /** {@code port} when nothing listens on it, else a free port the system picks. */
    private static int freeOrOther(int port, Set<Integer> taken) throws IOException {
        int chosen = port;
        if (taken.contains(port) || !free(port)) {
            try (ServerSocket socket = new ServerSocket(0)) {
                chosen = socket.getLocalPort();
            }
        }
        taken.add(chosen);
        return chosen;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
