package org.flurm.security.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Job keys in a directory of their own (mode 700), one file per job (mode 600), so they
 * survive a controller restart while staying out of the replicated log and its snapshots.
 * A key file is written to a temporary name, forced to disk and renamed, and the directory
 * forced after it, so a crash leaves either the whole key or none.
 *
 * <p>LIMIT: deleting a key overwrites its file with zeros before unlinking it, but a
 * journaling or copy-on-write file system, or an SSD, may keep the old blocks; erasure is as
 * good as the storage under the directory allows.
 *
 * <p>LIMIT: the keys live on the controller that sealed the secrets. With replicated
 * controllers a job whose secrets were sealed on one controller cannot be launched by
 * another after a failover until keys are shared between controllers.
 */
public final class FileKeyStore implements JobKeyStore {

    private static final Set<PosixFilePermission> DIRECTORY_MODE =
            PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_MODE =
            PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final Map<Long, byte[]> cache = new HashMap<>();

    /** Opens {@code directory}, creating it mode 700 if missing. */
    public FileKeyStore(Path directory) {
        this.directory = directory;
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
            }
            Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open job key directory " + directory
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<byte[]> find(long jobId) {
        final byte[] cached = cache.get(jobId);
        if (cached != null) {
            return Optional.of(cached.clone());
        }
        try {
            final byte[] key = Files.readAllBytes(fileOf(jobId));
            cache.put(jobId, key);
            return Optional.of(key.clone());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key of job " + jobId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized byte[] putIfAbsent(long jobId, byte[] key) {
        final Optional<byte[]> existing = find(jobId);
        if (existing.isPresent()) {
            return existing.get();
        }
        final Path temporary = directory.resolve("job-" + jobId + ".key.new");
        try {
            Files.deleteIfExists(temporary);
            try (FileChannel channel = FileChannel.open(temporary, Set.of(
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(FILE_MODE))) {
                channel.write(ByteBuffer.wrap(key));
                channel.force(true);
            }
            Files.move(temporary, fileOf(jobId), StandardCopyOption.ATOMIC_MOVE);
            // the rename is durable only once the directory itself is on disk
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store key of job " + jobId + ": "
                    + e.getMessage(), e);
        }
        cache.put(jobId, key.clone());
        return key.clone();
    }

    @Override
    public synchronized void delete(long jobId) {
        final byte[] cached = cache.remove(jobId);
        if (cached != null) {
            Arrays.fill(cached, (byte) 0);
        }
        final Path file = fileOf(jobId);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate((int) channel.size()));
            channel.force(true);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot overwrite key of job " + jobId + ": "
                    + e.getMessage(), e);
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete key of job " + jobId + ": "
                    + e.getMessage(), e);
        }
    }

    private Path fileOf(long jobId) {
        return directory.resolve("job-" + jobId + ".key");
    }
}
