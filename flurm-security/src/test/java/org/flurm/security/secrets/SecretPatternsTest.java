package org.flurm.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flurm.config.flurm.FlurmConfig;
import org.junit.jupiter.api.Test;

class SecretPatternsTest {

    @Test
    void flurmSecretPrefixIsAlwaysSecret() {
        final SecretPatterns patterns = SecretPatterns.of(List.of());

        assertThat(patterns.isSecret("FLURM_SECRET_X")).isTrue();
        assertThat(patterns.isSecret("FLURM_SECRET_")).isTrue();
        assertThat(patterns.isSecret("FLURM_SECRETX")).isFalse();
        assertThat(patterns.isSecret("flurm_secret_x")).isFalse();
        assertThat(patterns.isSecret("PATH")).isFalse();
    }

    @Test
    void configuredGlobsMatchWholeNamesWithStarForAnyRun() {
        final SecretPatterns patterns = SecretPatterns.of(List.of("*_TOKEN", "AWS_*_KEY", "A.B"));

        assertThat(patterns.isSecret("GITHUB_TOKEN")).isTrue();
        assertThat(patterns.isSecret("GITHUB_TOKEN_FILE")).isFalse();
        assertThat(patterns.isSecret("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(patterns.isSecret("AWS_KEY")).isFalse();
        assertThat(patterns.isSecret("A.B")).isTrue();
        assertThat(patterns.isSecret("AxB")).isFalse();
    }

    @Test
    void flurmConfDefaultsMakeOnlyTheBuiltInPrefixSecret() {
        final SecretPatterns patterns = SecretPatterns.of(FlurmConfig.defaults());

        assertThat(patterns.isSecret("FLURM_SECRET_DB")).isTrue();
        assertThat(patterns.isSecret("DB_PASSWORD")).isFalse();
    }
}
