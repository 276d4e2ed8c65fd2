package org.flurm.auth.munge;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Encodes and decodes MUNGE credentials by calling libmunge in-process, talking to the munged
 * on one socket.
 *
 * <p>Safe for any number of threads: libmunge contexts are not thread-safe, so every call
 * creates its own context and destroys it before returning. Creating one costs a malloc, which
 * is small next to the round trip to munged that every call makes anyway (see flurm-bench).
 *
 * <p>Every call blocks its thread in native code until munged answers. On a virtual thread
 * that pins the carrier for the duration of the round trip (tenths of a millisecond normally;
 * longer while libmunge retries a munged that refuses connections).
 */
public final class Munge {

    /** The socket libmunge uses when slurm.conf names none (Debian's munged). */
    public static final Path DEFAULT_SOCKET = Path.of("/run/munge/munge.socket.2");

    /** Restriction value meaning "any uid may decode" ({@code MUNGE_UID_ANY}). */
    public static final int ANY_UID = -1;

    /** Time-to-live meaning "munged's default" ({@code MUNGE_TTL_DEFAULT}). */
    public static final int DEFAULT_TTL = 0;

    private final MungeLibrary library;
    private final Path socket;
    private final int ttlSeconds;

    /**
     * @param socket     munged's socket
     * @param ttlSeconds time-to-live of the credentials this instance encodes; {@link
     *                   #DEFAULT_TTL} leaves it to munged
     * @throws IllegalStateException when libmunge.so.2 is not installed
     */
    public Munge(Path socket, int ttlSeconds) {
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttl must be >= 0 seconds, not " + ttlSeconds);
        }
        this.library = MungeLibrary.shared();
        this.socket = socket;
        this.ttlSeconds = ttlSeconds;
    }

    /** A client of Debian's munged with its default time-to-live. */
    public static Munge withDefaults() {
        return new Munge(DEFAULT_SOCKET, DEFAULT_TTL);
    }

    /**
     * Configured from slurm.conf's {@code AuthInfo}: {@code socket=PATH} and {@code ttl=SECONDS}
     * separated by commas, or (the old form) the bare socket path. Null or blank means defaults.
     */
    public static Munge fromAuthInfo(String authInfo) {
        Path socket = DEFAULT_SOCKET;
        int ttl = DEFAULT_TTL;
        if (authInfo != null && !authInfo.isBlank()) {
            if (!authInfo.contains("=")) {
                socket = Path.of(authInfo.strip());
            }
            for (String option : authInfo.split(",")) {
                final String[] pair = option.strip().split("=", 2);
                if (pair.length != 2) {
                    continue;
                }
                switch (pair[0].strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "socket" -> socket = Path.of(pair[1].strip());
                    case "ttl" -> ttl = Math.max(0, parseSeconds(pair[1].strip()));
                    default -> {
                        // other AuthInfo keys (cred_expire, use_client_ids) are not MUNGE's
                    }
                }
            }
        }
        return new Munge(socket, ttl);
    }

    private static int parseSeconds(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("AuthInfo ttl is not a number: " + text, e);
        }
    }

    public Path socket() {
        return socket;
    }

    public int ttlSeconds() {
        return ttlSeconds;
    }

    /** Encodes an unrestricted credential carrying {@code payload}. */
    public String encode(byte[] payload) throws MungeException {
        return encode(payload, ANY_UID);
    }

    /**
     * Encodes a credential carrying {@code payload} that only {@code restrictToUid} (or
     * {@link #ANY_UID}) may decode.
     *
     * @return the credential text, {@code MUNGE:...:}
     */
    public String encode(byte[] payload, int restrictToUid) throws MungeException {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment ctx = newContext(arena);
            try {
                if (ttlSeconds != DEFAULT_TTL) {
                    check(ctx, library.ctxSet(ctx, MungeLibrary.OPT_TTL, ttlSeconds));
                }
                if (restrictToUid != ANY_UID) {
                    check(ctx, library.ctxSet(ctx, MungeLibrary.OPT_UID_RESTRICTION,
                            restrictToUid));
                }
                final MemorySegment credOut = arena.allocate(ADDRESS);
                final MemorySegment data = payload.length == 0
                        ? MemorySegment.NULL
                        : arena.allocateFrom(JAVA_BYTE, payload);
                final int rc = library.encode(credOut, ctx, data, payload.length);
                final MemorySegment cred = credOut.get(ADDRESS, 0);
                try {
                    check(ctx, rc);
                    return MungeLibrary.text(cred);
                } finally {
                    library.free(cred);
                }
            } finally {
                library.ctxDestroy(ctx);
            }
        }
    }

    /**
     * Decodes a credential. Fails for anything munged does not call valid, including expired,
     * replayed and rewound credentials and credentials restricted to another uid.
     */
    public MungeCredential decode(String credential) throws MungeException {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment ctx = newContext(arena);
            try {
                final MemorySegment cred = arena.allocateFrom(credential,
                        StandardCharsets.UTF_8);
                final MemorySegment payloadOut = arena.allocate(ADDRESS);
                final MemorySegment lengthOut = arena.allocate(JAVA_INT);
                final MemorySegment uidOut = arena.allocate(JAVA_INT);
                final MemorySegment gidOut = arena.allocate(JAVA_INT);
                final int rc = library.decode(cred, ctx, payloadOut, lengthOut, uidOut, gidOut);

                // libmunge allocates the payload even for some failures: free it either way
                final MemorySegment payload = payloadOut.get(ADDRESS, 0);
                try {
                    check(ctx, rc);
                    final int length = lengthOut.get(JAVA_INT, 0);
                    final byte[] bytes = length <= 0 || payload.equals(MemorySegment.NULL)
                            ? new byte[0]
                            : MungeLibrary.bytes(payload, length);
                    return new MungeCredential(uidOut.get(JAVA_INT, 0), gidOut.get(JAVA_INT, 0),
                            bytes,
                            Instant.ofEpochSecond(timeOption(arena, ctx,
                                    MungeLibrary.OPT_ENCODE_TIME)),
                            Instant.ofEpochSecond(timeOption(arena, ctx,
                                    MungeLibrary.OPT_DECODE_TIME)),
                            Duration.ofSeconds(Integer.toUnsignedLong(
                                    intOption(arena, ctx, MungeLibrary.OPT_TTL))));
                } finally {
                    library.free(payload);
                }
            } finally {
                library.ctxDestroy(ctx);
            }
        }
    }

    /** A context pointed at our socket; the caller destroys it. */
    private MemorySegment newContext(Arena arena) throws MungeException {
        final MemorySegment ctx = library.ctxCreate();
        if (ctx.equals(MemorySegment.NULL)) {
            throw new MungeException(MungeError.NO_MEMORY.code(),
                    "munge_ctx_create failed: out of memory");
        }
        final int rc = library.ctxSet(ctx, MungeLibrary.OPT_SOCKET,
                arena.allocateFrom(socket.toString(), StandardCharsets.UTF_8));
        if (rc != MungeError.SUCCESS.code()) {
            try {
                check(ctx, rc);
            } finally {
                library.ctxDestroy(ctx);
            }
        }
        return ctx;
    }

    private long timeOption(Arena arena, MemorySegment ctx, int option) throws MungeException {
        // time_t is 64 bits on every Linux ABI FLURM runs on (x86-64, arm64)
        final MemorySegment out = arena.allocate(JAVA_LONG);
        check(ctx, library.ctxGet(ctx, option, out));
        return out.get(JAVA_LONG, 0);
    }

    private int intOption(Arena arena, MemorySegment ctx, int option) throws MungeException {
        final MemorySegment out = arena.allocate(JAVA_INT);
        check(ctx, library.ctxGet(ctx, option, out));
        return out.get(JAVA_INT, 0);
    }

    private void check(MemorySegment ctx, int rc) throws MungeException {
        if (rc == MungeError.SUCCESS.code()) {
            return;
        }
        final String detail = library.ctxStrerror(ctx);
        throw new MungeException(rc, detail != null ? detail : library.strerror(rc));
    }

    @Override
    public String toString() {
        return "Munge[socket=" + socket + ", ttl=" + ttlSeconds + "]";
    }
}
