package org.flurm.core.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * All jobs by id, immutable, so that a reader can hold the table of one moment while the
 * writer goes on.
 *
 * <p>Job ids are handed out in increasing order from FirstJobId and never reused, so the table
 * is an array of fixed-size chunks indexed by {@code id - base}. A change copies one chunk and
 * the array of chunk references: with 100,000 jobs that is a 1,024-entry chunk and about 100
 * references, while taking a snapshot costs nothing at all.
 *
 * <p>LIMIT: ids are expected to grow from one base; when MaxJobId wraps round to FirstJobId the
 * old ids must have been purged first, which nothing enforces yet.
 */
public final class JobTable implements Iterable<Job> {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private final int base;
    private final Job[][] chunks;
    private final int size;

    private JobTable(int base, Job[][] chunks, int size) {
        this.base = base;
        this.chunks = chunks;
        this.size = size;
    }

    /** An empty table for ids from {@code base} upward. */
    public static JobTable empty(int base) {
        return new JobTable(base, new Job[0][], 0);
    }

    public int base() {
        return base;
    }

    /** How many jobs the table holds. */
    public int size() {
        return size;
    }

    public Optional<Job> get(int jobId) {
        final long offset = Integer.toUnsignedLong(jobId) - Integer.toUnsignedLong(base);
        if (offset < 0 || (offset >> CHUNK_BITS) >= chunks.length) {
            return Optional.empty();
        }
        final Job[] chunk = chunks[(int) (offset >> CHUNK_BITS)];
        return chunk == null ? Optional.empty()
                : Optional.ofNullable(chunk[(int) (offset & (CHUNK_SIZE - 1))]);
    }

    /** The table with {@code job} added or replacing the job with its id. */
    public JobTable with(Job job) {
        final long offset = Integer.toUnsignedLong(job.jobId()) - Integer.toUnsignedLong(base);
        if (offset < 0) {
            throw new IllegalArgumentException("job " + job.jobId() + " is below the first id "
                    + base);
        }
        final int chunkIndex = (int) (offset >> CHUNK_BITS);
        final Job[][] newChunks = Arrays.copyOf(chunks, Math.max(chunks.length, chunkIndex + 1));
        final Job[] old = chunkIndex < chunks.length ? chunks[chunkIndex] : null;
        final Job[] chunk = old == null ? new Job[CHUNK_SIZE] : old.clone();
        final int slot = (int) (offset & (CHUNK_SIZE - 1));
        final boolean added = chunk[slot] == null;
        chunk[slot] = job;
        newChunks[chunkIndex] = chunk;
        return new JobTable(base, newChunks, added ? size + 1 : size);
    }

    /** The table without the job with id {@code jobId}. */
    public JobTable without(int jobId) {
        if (get(jobId).isEmpty()) {
            return this;
        }
        final long offset = Integer.toUnsignedLong(jobId) - Integer.toUnsignedLong(base);
        final int chunkIndex = (int) (offset >> CHUNK_BITS);
        final Job[][] newChunks = chunks.clone();
        final Job[] chunk = chunks[chunkIndex].clone();
        chunk[(int) (offset & (CHUNK_SIZE - 1))] = null;
        newChunks[chunkIndex] = chunk;
        return new JobTable(base, newChunks, size - 1);
    }

    /** The jobs in id order. */
    public List<Job> toList() {
        final List<Job> jobs = new ArrayList<>(size);
        forEach(jobs::add);
        return jobs;
    }

    @Override
    public Iterator<Job> iterator() {
        return new Iterator<>() {
            private int chunk;
            private int slot = -1;
            private Job next = advance();

            private Job advance() {
                while (chunk < chunks.length) {
                    slot++;
                    if (chunks[chunk] == null || slot == CHUNK_SIZE) {
                        chunk++;
                        slot = -1;
                        continue;
                    }
                    if (chunks[chunk][slot] != null) {
                        return chunks[chunk][slot];
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Job next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                final Job current = next;
                next = advance();
                return current;
            }
        };
    }
}
