package org.flurm.controller.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flurm.core.state.Job;
import org.flurm.security.secrets.SecretUnavailableException;
import org.flurm.security.secrets.SecretVault;

/**
 * A job's secret environment variables (FLURM_SECRET_* and flurm.conf's SecretEnvPatterns)
 * as the controller keeps them: sealed before the submission enters the replicated log, so
 * the log and its snapshots hold only ciphertext; opened only to launch the job; redacted
 * wherever an environment is shown; unreadable for good once the job has ended.
 *
 * <p>A job's id is given by the log when the submission is applied, after the environment
 * must already be sealed, so the key is filed under a random key id chosen at submission and
 * recorded in the stored environment as {@value #KEY_ID_VARIABLE}. That variable is removed
 * again when the environment is opened for the launch.
 */
public final class JobSecrets {

    /** The stored environment's entry naming the key that sealed its secrets. */
    public static final String KEY_ID_VARIABLE = "FLURM_SECRETS_KEY_ID";

    private static final String KEY_ID_PREFIX = KEY_ID_VARIABLE + "=";

    private final SecretVault vault;
    private final SecureRandom random;

    public JobSecrets(SecretVault vault, SecureRandom random) {
        this.vault = vault;
        this.random = random;
    }

    /**
     * The environment to store for a new job: secrets sealed under a new key, whose id is
     * appended; an environment without secrets is returned as it is.
     */
    public List<String> seal(List<String> environment) {
        if (environment == null || environment.isEmpty()) {
            return environment;
        }
        final long keyId = random.nextLong(1, Long.MAX_VALUE);
        final List<String> sealed = vault.seal(keyId, environment.stream()
                .filter(entry -> !entry.startsWith(KEY_ID_PREFIX)).toList());
        if (sealed.stream().noneMatch(entry -> entry.contains("=" + SecretVault.TOKEN_PREFIX))) {
            return sealed;
        }
        final List<String> stored = new ArrayList<>(sealed);
        stored.add(KEY_ID_PREFIX + keyId);
        return List.copyOf(stored);
    }

    /**
     * The real environment of job {@code jobId} for its launch, from the stored one; the key
     * id entry is left out.
     *
     * @throws SecretUnavailableException when the job's key has been destroyed (the job has
     *     ended) or is not on this controller
     */
    public List<String> openFor(int jobId, List<String> storedEnvironment)
            throws SecretUnavailableException {
        final Optional<Long> keyId = keyId(storedEnvironment);
        final List<String> withoutId = storedEnvironment.stream()
                .filter(entry -> !entry.startsWith(KEY_ID_PREFIX)).toList();
        if (keyId.isEmpty()) {
            return withoutId;
        }
        try {
            return vault.open(keyId.get(), withoutId);
        } catch (SecretUnavailableException e) {
            throw new SecretUnavailableException("job " + jobId + ": " + e.getMessage());
        }
    }

    /** The environment as FLURM may show or log it: every secret's value redacted. */
    public List<String> redact(List<String> environment) {
        return environment == null ? null : vault.redact(environment);
    }

    /** Destroys the key of {@code job}'s secrets, when it has any: they can never be opened. */
    public void destroy(Job job) {
        if (job.launch().environment() != null) {
            keyId(job.launch().environment()).ifPresent(vault::destroy);
        }
    }

    private static Optional<Long> keyId(List<String> environment) {
        for (String entry : environment) {
            if (entry.startsWith(KEY_ID_PREFIX)) {
                try {
                    return Optional.of(Long.parseLong(entry.substring(KEY_ID_PREFIX.length())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
