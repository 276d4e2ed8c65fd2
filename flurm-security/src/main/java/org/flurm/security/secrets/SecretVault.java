package org.flurm.security.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps job secrets out of stored state by crypto-shredding. When a job is submitted,
 * {@link #seal} replaces each secret variable's value with a token: the value encrypted with
 * AES-256-GCM under a random key of that job's own, the job id and variable name bound in as
 * associated data so a token cannot be moved to another job or variable. Only the sealed
 * environment goes into the replicated log; the key goes to a {@link JobKeyStore}. The launch
 * path calls {@link #open} to get the real values for the job's processes; when the job ends,
 * {@link #destroy} deletes the key, and every copy of the sealed environment, in the log, in
 * snapshots and on backups, becomes unreadable at once.
 *
 * <p>Environments are lists of {@code NAME=value} entries, as SLURM carries them. A variable
 * is secret when its name matches {@link SecretPatterns}; a value that already looks like a
 * token is sealed as well, so {@link #open} never mistakes a user's value for a token.
 *
 * <p>LIMIT: values pass through the JVM heap as Strings, which cannot be wiped; the
 * guarantee is about stored state, not about the controller's memory.
 */
public final class SecretVault {

    /** What a sealed value starts with. */
    public static final String TOKEN_PREFIX = "flurm-sealed:v1:";

    /** What {@link #redact} shows instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretPatterns patterns;
    private final JobKeyStore keys;
    private final SecureRandom random;

    public SecretVault(SecretPatterns patterns, JobKeyStore keys, SecureRandom random) {
        this.patterns = patterns;
        this.keys = keys;
        this.random = random;
    }

    /**
     * The environment to store for job {@code jobId}: secret values replaced by tokens, the
     * other entries unchanged and in order. The job's key is created on its first secret.
     */
    public List<String> seal(long jobId, List<String> environment) {
        final List<String> values = secretValues(environment);
        final List<String> sealed = new ArrayList<>(environment.size());
        byte[] key = null;
        for (String entry : environment) {
            final int equals = entry.indexOf('=');
            if (equals < 0 || !needsSealing(entry.substring(0, equals),
                    entry.substring(equals + 1), values)) {
                sealed.add(entry);
                continue;
            }
            if (key == null) {
                key = keyOf(jobId);
            }
            final String name = entry.substring(0, equals);
            sealed.add(name + "=" + encrypt(key, jobId, name, entry.substring(equals + 1)));
        }
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
        return List.copyOf(sealed);
    }

    /**
     * The real environment of job {@code jobId} from its sealed form, for the launch.
     *
     * @throws SecretUnavailableException when the job has tokens but its key is gone, or a
     *     token was not sealed for this job and variable
     */
    public List<String> open(long jobId, List<String> sealedEnvironment)
            throws SecretUnavailableException {
        final List<String> opened = new ArrayList<>(sealedEnvironment.size());
        byte[] key = null;
        try {
            for (String entry : sealedEnvironment) {
                final int equals = entry.indexOf('=');
                if (equals < 0 || !entry.startsWith(TOKEN_PREFIX, equals + 1)) {
                    opened.add(entry);
                    continue;
                }
                if (key == null) {
                    key = keys.find(jobId).orElseThrow(() -> new SecretUnavailableException(
                            "job " + jobId + " has no secret key: it was destroyed when the"
                                    + " job ended, or never stored on this controller"));
                }
                final String name = entry.substring(0, equals);
                opened.add(name + "=" + decrypt(key, jobId, name, entry.substring(equals + 1)));
            }
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
        return List.copyOf(opened);
    }

    /** Deletes job {@code jobId}'s key: its sealed values can never be opened again. */
    public void destroy(long jobId) {
        keys.delete(jobId);
    }

    /**
     * The environment as FLURM may show or log it: each secret's value, sealed or not,
     * replaced by {@value #REDACTED}.
     */
    public List<String> redact(List<String> environment) {
        final List<String> values = secretValues(environment);
        return environment.stream().map(entry -> redactEntry(entry, values)).toList();
    }

    private String redactEntry(String entry, List<String> values) {
        final int equals = entry.indexOf('=');
        if (equals < 0 || !needsSealing(entry.substring(0, equals),
                entry.substring(equals + 1), values)) {
            return entry;
        }
        return entry.substring(0, equals + 1) + REDACTED;
    }

    /**
     * A secret, a token, or a variable whose value holds a copy of a secret's value (sbatch,
     * for one, repeats {@code --export=NAME=value} in SLURM_EXPORT_ENV).
     */
    private boolean needsSealing(String name, String value, List<String> secretValues) {
        return patterns.isSecret(name) || value.startsWith(TOKEN_PREFIX)
                || secretValues.stream().anyMatch(value::contains);
    }

    /** The non-empty values of the variables the patterns name, in plain text. */
    private List<String> secretValues(List<String> environment) {
        final List<String> values = new ArrayList<>();
        for (String entry : environment) {
            final int equals = entry.indexOf('=');
            if (equals > 0 && equals + 1 < entry.length()
                    && patterns.isSecret(entry.substring(0, equals))
                    && !entry.startsWith(TOKEN_PREFIX, equals + 1)) {
                values.add(entry.substring(equals + 1));
            }
        }
        return values;
    }

    private byte[] keyOf(long jobId) {
        final Optional<byte[]> existing = keys.find(jobId);
        if (existing.isPresent()) {
            return existing.get();
        }
        final byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        final byte[] stored = keys.putIfAbsent(jobId, fresh);
        Arrays.fill(fresh, (byte) 0);
        return stored;
    }

    private String encrypt(byte[] key, long jobId, String name, String value) {
        final byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(jobId, name));
            final byte[] ciphertext = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            final byte[] token = ByteBuffer.allocate(NONCE_BYTES + ciphertext.length)
                    .put(nonce).put(ciphertext).array();
            return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    private static String decrypt(byte[] key, long jobId, String name, String token)
            throws SecretUnavailableException {
        try {
            final byte[] bytes = Base64.getUrlDecoder()
                    .decode(token.substring(TOKEN_PREFIX.length()));
            if (bytes.length < NONCE_BYTES) {
                throw new SecretUnavailableException("token of " + name + " in job " + jobId
                        + " is truncated");
            }
            final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(jobId, name));
            final byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SecretUnavailableException("token of " + name + " was not sealed for job "
                    + jobId + " and this variable", e);
        }
    }

    private static byte[] associatedData(long jobId, String name) {
        return (jobId + "\0" + name).getBytes(StandardCharsets.UTF_8);
    }
}
