package org.flurm.security.secrets;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Job keys in memory only: a restart loses them, so jobs still queued at a restart cannot
 * open their secrets. For tests and for sites that accept that; {@link FileKeyStore} keeps
 * keys across restarts.
 */
public final class MemoryKeyStore implements JobKeyStore {

    private final ConcurrentHashMap<Long, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> find(long jobId) {
        return Optional.ofNullable(keys.get(jobId)).map(byte[]::clone);
    }

    @Override
    public byte[] putIfAbsent(long jobId, byte[] key) {
        final byte[] existing = keys.putIfAbsent(jobId, key.clone());
        return (existing != null ? existing : key).clone();
    }

    @Override
    public void delete(long jobId) {
        final byte[] key = keys.remove(jobId);
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }
}
