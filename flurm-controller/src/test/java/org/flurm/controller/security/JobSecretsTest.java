package org.flurm.controller.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;

import org.flurm.core.state.Job;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;
import org.flurm.security.secrets.MemoryKeyStore;
import org.flurm.security.secrets.SecretPatterns;
import org.flurm.security.secrets.SecretUnavailableException;
import org.flurm.security.secrets.SecretVault;
import org.junit.jupiter.api.Test;

/** The life of a job's secrets: sealed for storage, opened for the launch, then destroyed. */
class JobSecretsTest {

    private static final List<String> SUBMITTED = List.of("PATH=/bin",
            "FLURM_SECRET_TOKEN=s3cr3t-value");

    private final JobSecrets secrets = new JobSecrets(new SecretVault(
            SecretPatterns.of(List.of()), new MemoryKeyStore(), seeded(1)), seeded(2));

    private static SecureRandom seeded(int seed) {
        try {
            final SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theStoredEnvironmentNamesItsKeyAndHoldsOnlyTheToken() {
        final List<String> stored = secrets.seal(SUBMITTED);

        assertThat(stored).hasSize(3);
        assertThat(stored.get(0)).isEqualTo("PATH=/bin");
        assertThat(stored.get(1)).startsWith("FLURM_SECRET_TOKEN=flurm-sealed:v1:");
        assertThat(stored.get(2)).matches("FLURM_SECRETS_KEY_ID=\\d+");
    }

    @Test
    void openForGivesTheSubmittedEnvironmentWithoutTheKeyId() throws Exception {
        final List<String> stored = secrets.seal(SUBMITTED);

        assertThat(secrets.openFor(12, stored)).isEqualTo(SUBMITTED);
    }

    @Test
    void anEnvironmentWithoutSecretsIsStoredAsSubmitted() throws Exception {
        final List<String> plain = List.of("PATH=/bin", "HOME=/root");

        assertThat(secrets.seal(plain)).isEqualTo(plain);
        assertThat(secrets.openFor(12, plain)).isEqualTo(plain);
    }

    @Test
    void aSubmittedKeyIdIsDroppedSoNoJobCanBorrowAnothersKey() {
        final List<String> stored = secrets.seal(List.of("FLURM_SECRETS_KEY_ID=99", "A=b"));

        assertThat(stored).containsExactly("A=b");
    }

    @Test
    void afterDestroyTheSecretsCannotBeOpened() {
        final List<String> stored = secrets.seal(SUBMITTED);

        secrets.destroy(jobWith(stored));

        assertThatThrownBy(() -> secrets.openFor(12, stored))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageStartingWith("job 12: ");
    }

    @Test
    void redactHidesTheValueAndTheToken() {
        assertThat(secrets.redact(SUBMITTED)).containsExactly("PATH=/bin",
                "FLURM_SECRET_TOKEN=<redacted>");
        assertThat(secrets.redact(secrets.seal(SUBMITTED)).get(1))
                .isEqualTo("FLURM_SECRET_TOKEN=<redacted>");
    }

    private static Job jobWith(List<String> environment) {
        return new Job(12, "j", 0, 0, "root", "debug", null, JobState.CANCELLED,
                JobStateReason.WAIT_NO_REASON, 0, 0, new Job.Times(0, 0, 0, 0, 0, 0, 0),
                new Job.Resources(1, 0, 1, 1, 1, 0, 0, false, null, null, null), null,
                new Job.Launch("/", null, null, null, "#!/bin/sh\n", List.of(), environment),
                "host", 0, 0, 0, null, 0, false, 0, 0, null, null);
    }
}
