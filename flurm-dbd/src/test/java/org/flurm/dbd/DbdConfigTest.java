package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slurmdbd.conf is read with slurm.conf's syntax, keys without case, from slurm.conf's folder. */
class DbdConfigTest {

    @TempDir Path dir;

    @Test
    void readsTheKeysFlurmdbdUses() throws IOException {
        final Path file = Files.writeString(dir.resolve("slurmdbd.conf"), String.join("\n",
                "# accounting",
                "DbdHost=head DbdPort=7819",
                "dbdaddr=127.0.0.1",
                "SlurmUser=slurm",
                "AuthType=auth/munge",
                "AuthInfo=socket=/run/munge/alt.socket",
                "StorageType=accounting_storage/embedded",
                "StorageLoc=/var/lib/flurm/acct   # the database folder",
                "PurgeJobAfter=12month", ""));

        final DbdConfig config = DbdConfig.read(file);

        assertThat(config.dbdPort()).isEqualTo(7819);
        assertThat(config.dbdAddr()).isEqualTo("127.0.0.1");
        assertThat(config.slurmUser()).isEqualTo("slurm");
        assertThat(config.authInfo()).isEqualTo("socket=/run/munge/alt.socket");
        assertThat(config.storageType()).isEqualTo("accounting_storage/embedded");
        assertThat(config.storageDir()).isEqualTo(Path.of("/var/lib/flurm/acct"));
        assertThat(config.get("purgejobafter")).contains("12month");
        assertThat(config.get("DbdHost")).contains("head");
    }

    @Test
    void defaultsAreSlurmdbds() throws IOException {
        final DbdConfig config = DbdConfig.read(Files.writeString(dir.resolve("slurmdbd.conf"),
                "StorageType=accounting_storage/mysql\nStorageLoc=slurm_acct_db\n"));

        assertThat(config.dbdPort()).isEqualTo(6819);
        assertThat(config.dbdAddr()).isNull();
        assertThat(config.slurmUser()).isEqualTo("root");
        assertThat(config.authInfo()).isNull();
        // a database name, not a folder: the embedded store keeps its default place
        assertThat(config.storageDir()).isEqualTo(Path.of("/var/lib/flurm/dbd"));
    }

    @Test
    void theFileIsBesideSlurmConf() {
        assertThat(Flurmdbd.configFile(Map.of("SLURM_CONF", "/opt/site/slurm.conf")))
                .isEqualTo(Path.of("/opt/site/slurmdbd.conf"));
        assertThat(Flurmdbd.configFile(Map.of()))
                .isEqualTo(Path.of("/etc/slurm/slurmdbd.conf"));
    }
}
