package org.flurm.security.secrets;

import java.util.Optional;

/**
 * Holds one random key per job for {@link SecretVault}, outside the replicated log: deleting
 * a job's key is what makes its stored secrets unreadable.
 */
public interface JobKeyStore {

    /** The job's key, if it has one and it was not deleted. */
    Optional<byte[]> find(long jobId);

    /** Stores {@code key} for the job unless it already has one; returns the job's key. */
    byte[] putIfAbsent(long jobId, byte[] key);

    /** Deletes the job's key for good; nothing happens if it has none. */
    void delete(long jobId);
}
