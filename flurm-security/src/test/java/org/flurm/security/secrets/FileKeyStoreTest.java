package org.flurm.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeyStoreTest {

    @TempDir
    Path dir;

    @Test
    void sealedSecretsOpenAfterARestart() throws SecretUnavailableException {
        final Path keysDir = dir.resolve("job-keys");
        final List<String> environment = List.of("FLURM_SECRET_TOKEN=abc123", "A=b");
        final List<String> sealed = vault(keysDir).seal(42, environment);

        final SecretVault afterRestart = vault(keysDir);

        assertThat(afterRestart.open(42, sealed)).isEqualTo(environment);
    }

    @Test
    void theKeyDirectoryIsMode700AndKeyFilesMode600() throws IOException {
        final Path keysDir = dir.resolve("job-keys");
        vault(keysDir).seal(42, List.of("FLURM_SECRET_TOKEN=abc123"));

        assertThat(mode(keysDir)).isEqualTo("rwx------");
        try (var files = Files.list(keysDir)) {
            final List<Path> keyFiles = files.toList();
            assertThat(keyFiles).containsExactly(keysDir.resolve("job-42.key"));
            assertThat(mode(keyFiles.getFirst())).isEqualTo("rw-------");
            assertThat(Files.size(keyFiles.getFirst())).isEqualTo(32);
        }
    }

    @Test
    void destroyRemovesTheKeyFileSoNoRestartCanOpenTheSecrets() {
        final Path keysDir = dir.resolve("job-keys");
        final SecretVault vault = vault(keysDir);
        final List<String> sealed = vault.seal(42, List.of("FLURM_SECRET_TOKEN=abc123"));

        vault.destroy(42);

        assertThat(keysDir.resolve("job-42.key")).doesNotExist();
        assertThatThrownBy(() -> vault(keysDir).open(42, sealed))
                .isInstanceOf(SecretUnavailableException.class);
    }

    @Test
    void aSecondSealOfTheSameJobKeepsItsKey() throws SecretUnavailableException {
        final Path keysDir = dir.resolve("job-keys");
        final SecretVault vault = vault(keysDir);
        final List<String> first = vault.seal(42, List.of("FLURM_SECRET_A=1"));
        final List<String> second = vault.seal(42, List.of("FLURM_SECRET_B=2"));

        assertThat(vault(keysDir).open(42, first)).containsExactly("FLURM_SECRET_A=1");
        assertThat(vault(keysDir).open(42, second)).containsExactly("FLURM_SECRET_B=2");
    }

    private static SecretVault vault(Path keysDir) {
        return new SecretVault(SecretPatterns.of(List.of()), new FileKeyStore(keysDir),
                new SecureRandom());
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
