package org.flurm.auth.munge;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The downcall handles into libmunge (and libc's {@code free} for the buffers libmunge
 * allocates), bound once per process.
 *
 * <p>Each method is a thin typed wrapper around one C function; the rules for using them (one
 * context per call, what to free) live in {@link Munge}.
 */
// restricted: binding a C library and reading the memory it returns is this class's purpose
@SuppressWarnings("restricted")
final class MungeLibrary {

    /** The shared object Debian's libmunge2 package installs. */
    static final String LIBRARY_NAME = "libmunge.so.2";

    // munge_opt_t values from munge.h
    static final int OPT_TTL = 4;
    static final int OPT_ENCODE_TIME = 6;
    static final int OPT_DECODE_TIME = 7;
    static final int OPT_SOCKET = 8;
    static final int OPT_UID_RESTRICTION = 9;

    private static MungeLibrary shared;

    private final MethodHandle ctxCreate;
    private final MethodHandle ctxDestroy;
    private final MethodHandle ctxStrerror;
    private final MethodHandle ctxSetInt;
    private final MethodHandle ctxSetPointer;
    private final MethodHandle ctxGetPointer;
    private final MethodHandle encode;
    private final MethodHandle decode;
    private final MethodHandle strerror;
    private final MethodHandle free;

    private MungeLibrary(SymbolLookup munge) {
        final Linker linker = Linker.nativeLinker();
        ctxCreate = bind(linker, munge, "munge_ctx_create", FunctionDescriptor.of(ADDRESS));
        ctxDestroy = bind(linker, munge, "munge_ctx_destroy",
                FunctionDescriptor.ofVoid(ADDRESS));
        ctxStrerror = bind(linker, munge, "munge_ctx_strerror",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        // munge_ctx_set and munge_ctx_get are variadic after the option number
        ctxSetInt = linker.downcallHandle(find(munge, "munge_ctx_set"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        ctxSetPointer = linker.downcallHandle(find(munge, "munge_ctx_set"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS),
                Linker.Option.firstVariadicArg(2));
        ctxGetPointer = linker.downcallHandle(find(munge, "munge_ctx_get"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS),
                Linker.Option.firstVariadicArg(2));
        encode = bind(linker, munge, "munge_encode",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        decode = bind(linker, munge, "munge_decode", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        strerror = bind(linker, munge, "munge_strerror",
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
        free = bind(linker, linker.defaultLookup(), "free", FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** The process-wide binding of libmunge.so.2, loaded on first use. */
    static synchronized MungeLibrary shared() {
        if (shared == null) {
            shared = load(LIBRARY_NAME);
        }
        return shared;
    }

    /** Binds the named library; fails with a sentence that says which package to install. */
    static MungeLibrary load(String libraryName) {
        final SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup(libraryName, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot load " + libraryName
                    + ": MUNGE is required; install the libmunge2 package", e);
        }
        return new MungeLibrary(lookup);
    }

    private static MemorySegment find(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(() -> new IllegalStateException(
                "symbol " + name + " missing: libmunge2 is not the expected version"));
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name,
                                     FunctionDescriptor descriptor) {
        return linker.downcallHandle(find(lookup, name), descriptor);
    }

    MemorySegment ctxCreate() {
        try {
            return (MemorySegment) ctxCreate.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    void ctxDestroy(MemorySegment ctx) {
        try {
            ctxDestroy.invokeExact(ctx);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The detailed message of the context's last error, or null. */
    String ctxStrerror(MemorySegment ctx) {
        try {
            return text((MemorySegment) ctxStrerror.invokeExact(ctx));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int ctxSet(MemorySegment ctx, int option, int value) {
        try {
            return (int) ctxSetInt.invokeExact(ctx, option, value);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int ctxSet(MemorySegment ctx, int option, MemorySegment value) {
        try {
            return (int) ctxSetPointer.invokeExact(ctx, option, value);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int ctxGet(MemorySegment ctx, int option, MemorySegment result) {
        try {
            return (int) ctxGetPointer.invokeExact(ctx, option, result);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int encode(MemorySegment credOut, MemorySegment ctx, MemorySegment payload, int length) {
        try {
            return (int) encode.invokeExact(credOut, ctx, payload, length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    int decode(MemorySegment cred, MemorySegment ctx, MemorySegment payloadOut,
               MemorySegment lengthOut, MemorySegment uidOut, MemorySegment gidOut) {
        try {
            return (int) decode.invokeExact(cred, ctx, payloadOut, lengthOut, uidOut, gidOut);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** libmunge's one-line description of an error number. */
    String strerror(int error) {
        try {
            return text((MemorySegment) strerror.invokeExact(error));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Frees memory libmunge allocated with malloc; a NULL pointer is ignored. */
    void free(MemorySegment pointer) {
        if (pointer.equals(MemorySegment.NULL)) {
            return;
        }
        try {
            free.invokeExact(pointer);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code length} bytes that libmunge allocated, copied. */
    static byte[] bytes(MemorySegment pointer, int length) {
        return pointer.reinterpret(length).toArray(JAVA_BYTE);
    }

    /** A NUL-terminated C string that libmunge owns, copied; null for a NULL pointer. */
    static String text(MemorySegment pointer) {
        if (pointer.equals(MemorySegment.NULL)) {
            return null;
        }
        return pointer.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("libmunge call failed", t);
    }
}
