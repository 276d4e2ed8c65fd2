package org.flurm.dist.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slurm.conf and flurm.conf flurm standalone writes for a machine of its own. */
class StandaloneConfTest {

    @TempDir Path dir;

    private final StandaloneConf conf =
            new StandaloneConf("flurm", "box", 8, 16000, 40001, 40002, 40003);

    @Test
    void slurmConfNamesThePrivateMungeSocketTheNodeAndNoAccounting() throws IOException {
        final Path written = conf.write(dir);

        assertThat(written).isEqualTo(dir.resolve("slurm.conf"));
        assertThat(Files.readString(written)).isEqualTo(String.join("\n",
                "# A one-machine FLURM cluster, written by flurm standalone. Edits are kept:",
                "# flurm standalone writes this file only when it is missing.",
                "ClusterName=flurm",
                "SlurmctldHost=localhost",
                "SlurmctldPort=40001",
                "SlurmdPort=40002",
                "AuthType=auth/munge",
                "AuthInfo=socket=" + dir + "/munge/munge.socket.2",
                "CredType=cred/munge",
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + dir + "/state",
                "SlurmdSpoolDir=" + dir + "/spool/%n",
                "ProctrackType=proctrack/linuxproc",
                "ReturnToService=2",
                "NodeName=box NodeAddr=127.0.0.1 CPUs=8 RealMemory=16000 State=UNKNOWN",
                "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                ""));
    }

    @Test
    void flurmConfBesideItSetsTheReplicationPortAndAnAuditLogInTheStateFolder()
            throws IOException {
        conf.write(dir);

        assertThat(Files.readString(dir.resolve("flurm.conf"))).isEqualTo(String.join("\n",
                "# FLURM's own settings for the one-machine cluster (docs/flurm.conf.md).",
                "ReplicationPort=40003",
                "AuditLog=" + dir + "/log/audit.log",
                ""));
    }

    @Test
    void theMungeSocketFolderIsOpenToAllAndItsKeyFolderToItsOwnerAlone() throws IOException {
        conf.write(dir);

        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("munge")))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("munge/key")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("state")))).isEqualTo("rwx------");
    }

    @Test
    void aStateFolderGivenRelativeIsWrittenWithAbsolutePaths() {
        final Path relative = Path.of("run", "standalone");

        assertThat(StandaloneConf.slurmConfIn(relative))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("run/standalone/slurm.conf"));
    }
}
