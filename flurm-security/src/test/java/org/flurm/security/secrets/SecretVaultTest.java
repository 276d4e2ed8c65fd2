package org.flurm.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretVaultTest {

    private static final String PASSWORD = "hunter2-correct-horse";
    private static final List<String> ENVIRONMENT = List.of(
            "PATH=/usr/bin:/bin",
            "FLURM_SECRET_DB_PASSWORD=" + PASSWORD,
            "HOME=/home/alice",
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI",
            "NOEQUALS");

    private final MemoryKeyStore keys = new MemoryKeyStore();
    private final SecretVault vault = new SecretVault(
            SecretPatterns.of(List.of("AWS_SECRET_*")), keys, seeded());

    @Test
    void theSealedEnvironmentHoldsNoSecretValue() {
        final List<String> sealed = vault.seal(7, ENVIRONMENT);

        final String stored = new String(String.join("\0", sealed)
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(PASSWORD).doesNotContain("wJalrXUtnFEMI");
        assertThat(sealed).hasSize(5);
        assertThat(sealed.get(0)).isEqualTo("PATH=/usr/bin:/bin");
        assertThat(sealed.get(1)).startsWith("FLURM_SECRET_DB_PASSWORD=flurm-sealed:v1:");
        assertThat(sealed.get(2)).isEqualTo("HOME=/home/alice");
        assertThat(sealed.get(3)).startsWith("AWS_SECRET_ACCESS_KEY=flurm-sealed:v1:");
        assertThat(sealed.get(4)).isEqualTo("NOEQUALS");
    }

    @Test
    void aVariableRepeatingASecretsValueIsSealedTooAndOpensUnchanged()
            throws SecretUnavailableException {
        final List<String> environment = List.of("FLURM_SECRET_TOKEN=s3cr3t-value",
                "SLURM_EXPORT_ENV=ALL,FLURM_SECRET_TOKEN=s3cr3t-value", "USER=alice");

        final List<String> sealed = vault.seal(7, environment);

        assertThat(String.join("\n", sealed)).doesNotContain("s3cr3t-value");
        assertThat(sealed.get(1)).startsWith("SLURM_EXPORT_ENV=flurm-sealed:v1:");
        assertThat(sealed.get(2)).isEqualTo("USER=alice");
        assertThat(vault.open(7, sealed)).isEqualTo(environment);
        assertThat(vault.redact(environment)).containsExactly(
                "FLURM_SECRET_TOKEN=<redacted>", "SLURM_EXPORT_ENV=<redacted>", "USER=alice");
    }

    @Test
    void openGivesBackTheRealEnvironmentBeforeDestroy() throws SecretUnavailableException {
        final List<String> sealed = vault.seal(7, ENVIRONMENT);

        assertThat(vault.open(7, sealed)).isEqualTo(ENVIRONMENT);
    }

    @Test
    void openFailsOnceTheJobsKeyIsDestroyed() {
        final List<String> sealed = vault.seal(7, ENVIRONMENT);

        vault.destroy(7);

        assertThat(keys.find(7)).isEmpty();
        assertThatThrownBy(() -> vault.open(7, sealed))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("job 7 has no secret key");
    }

    @Test
    void aTokenCannotBeOpenedForAnotherJob() {
        vault.seal(8, List.of("FLURM_SECRET_X=other"));
        final List<String> sealedFor7 = vault.seal(7, List.of("FLURM_SECRET_X=" + PASSWORD));

        assertThatThrownBy(() -> vault.open(8, sealedFor7))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessage("token of FLURM_SECRET_X was not sealed for job 8 and this variable");
    }

    @Test
    void aTokenCannotBeMovedToAnotherVariable() {
        final String token = vault.seal(7, List.of("FLURM_SECRET_A=" + PASSWORD)).getFirst()
                .substring("FLURM_SECRET_A=".length());

        assertThatThrownBy(() -> vault.open(7, List.of("FLURM_SECRET_B=" + token)))
                .isInstanceOf(SecretUnavailableException.class);
    }

    @Test
    void anEnvironmentWithoutSecretsNeedsNoKey() throws SecretUnavailableException {
        final List<String> plain = List.of("PATH=/bin", "LANG=C.UTF-8");

        assertThat(vault.seal(9, plain)).isEqualTo(plain);
        assertThat(keys.find(9)).isEmpty();
        vault.destroy(9);
        assertThat(vault.open(9, plain)).isEqualTo(plain);
    }

    @Test
    void aUserValueThatLooksLikeATokenIsSealedAndComesBackUnchanged()
            throws SecretUnavailableException {
        final List<String> environment = List.of("NOTE=flurm-sealed:v1:not-really");

        final List<String> sealed = vault.seal(10, environment);

        assertThat(sealed).doesNotContain("NOTE=flurm-sealed:v1:not-really");
        assertThat(vault.open(10, sealed)).isEqualTo(environment);
    }

    @Test
    void redactHidesSecretValuesWhetherSealedOrNot() {
        final List<String> sealed = vault.seal(7, ENVIRONMENT);

        final List<String> expected = List.of(
                "PATH=/usr/bin:/bin",
                "FLURM_SECRET_DB_PASSWORD=<redacted>",
                "HOME=/home/alice",
                "AWS_SECRET_ACCESS_KEY=<redacted>",
                "NOEQUALS");
        assertThat(vault.redact(ENVIRONMENT)).isEqualTo(expected);
        assertThat(vault.redact(sealed)).isEqualTo(expected);
    }

    private static SecureRandom seeded() {
        try {
            final SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
