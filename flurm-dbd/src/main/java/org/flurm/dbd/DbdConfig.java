package org.flurm.dbd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.flurm.config.slurm.ConfFileReader;
import org.flurm.config.slurm.ConfLine;
import org.flurm.config.slurm.KeyValue;

/**
 * slurmdbd.conf: the same Key=Value syntax as slurm.conf, keys compared without case. Only
 * the keys flurmdbd acts on have accessors; the others are kept and can be asked for by name.
 */
public record DbdConfig(Path file, Map<String, String> values) {

    /** SLURMDBD_PORT, the port both slurmdbd and the clients default to. */
    public static final int DEFAULT_PORT = 6819;

    public static DbdConfig read(Path file) throws IOException {
        final Map<String, String> values = new LinkedHashMap<>();
        for (ConfLine line : ConfFileReader.read(file)) {
            int at = 0;
            Optional<KeyValue> pair;
            while ((pair = KeyValue.scan(line.text(), at)).isPresent()) {
                values.put(pair.get().key().toLowerCase(Locale.ROOT), pair.get().value());
                at = pair.get().end();
            }
        }
        return new DbdConfig(file, Map.copyOf(values));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
    }

    public int dbdPort() {
        return get("DbdPort").map(Integer::parseInt).orElse(DEFAULT_PORT);
    }

    /** DbdAddr, else DbdHost's address; null binds every interface. */
    public String dbdAddr() {
        return get("DbdAddr").orElse(null);
    }

    public String slurmUser() {
        return get("SlurmUser").orElse("root");
    }

    /** AuthInfo's socket= (or bare path) for munged; null for libmunge's default. */
    public String authInfo() {
        return get("AuthInfo").orElse(null);
    }

    public String storageType() {
        return get("StorageType").orElse("accounting_storage/embedded");
    }

    /**
     * Where the embedded database lives: StorageLoc when it is a path, else
     * {@code /var/lib/flurm/dbd}.
     */
    public Path storageDir() {
        return get("StorageLoc").filter(s -> s.startsWith("/")).map(Path::of)
                .orElse(Path.of("/var/lib/flurm/dbd"));
    }

    /** slurmdbd.conf beside slurm.conf (the file SLURM_CONF names, or the default). */
    public static Path beside(Path slurmConf) {
        final Path dir = slurmConf.toAbsolutePath().getParent();
        return dir.resolve("slurmdbd.conf");
    }
}
