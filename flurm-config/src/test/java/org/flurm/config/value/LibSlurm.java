package org.flurm.config.value;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SLURM's own time and size conversions, called in the installed libslurmfull.so (the library
 * scontrol and sbatch use), so tests can compare FLURM with them value by value.
 */
@SuppressWarnings("restricted")
final class LibSlurm {

    static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/slurm-wlm/libslurmfull.so");

    private static final Arena ARENA = Arena.global();

    private final MethodHandle timeStr2secs;
    private final MethodHandle timeStr2mins;
    private final MethodHandle secs2timeStr;
    private final MethodHandle mins2timeStr;
    private final MethodHandle strToMbytes;
    private final MethodHandle mbytesToStr;

    private LibSlurm(SymbolLookup lookup) {
        final Linker linker = Linker.nativeLinker();
        timeStr2secs = linker.downcallHandle(find(lookup, "time_str2secs"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        timeStr2mins = linker.downcallHandle(find(lookup, "time_str2mins"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        secs2timeStr = linker.downcallHandle(find(lookup, "secs2time_str"),
                FunctionDescriptor.ofVoid(JAVA_LONG, ADDRESS, JAVA_INT));
        mins2timeStr = linker.downcallHandle(find(lookup, "mins2time_str"),
                FunctionDescriptor.ofVoid(JAVA_INT, ADDRESS, JAVA_INT));
        strToMbytes = linker.downcallHandle(find(lookup, "str_to_mbytes"),
                FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        mbytesToStr = linker.downcallHandle(find(lookup, "mbytes_to_str"),
                FunctionDescriptor.of(ADDRESS, JAVA_LONG));
    }

    /** Loads the library; fails with a clear message when SLURM is not installed. */
    static LibSlurm load() {
        if (!Files.isReadable(LIBRARY)) {
            throw new AssertionError(LIBRARY + " (Debian package slurm-client, SLURM 22.05) is"
                    + " missing; these tests compare FLURM against it and cannot run without it");
        }
        return new LibSlurm(SymbolLookup.libraryLookup(LIBRARY, ARENA));
    }

    private static MemorySegment find(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(
                () -> new AssertionError(LIBRARY + " has no symbol " + name));
    }

    int timeStr2secs(String text) {
        try (Arena call = Arena.ofConfined()) {
            return (int) timeStr2secs.invokeExact(call.allocateFrom(text));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    int timeStr2mins(String text) {
        try (Arena call = Arena.ofConfined()) {
            return (int) timeStr2mins.invokeExact(call.allocateFrom(text));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    String secs2timeStr(long seconds) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment buffer = call.allocate(64);
            secs2timeStr.invokeExact(seconds, buffer, 64);
            return buffer.getString(0);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    String mins2timeStr(int minutes) {
        try (Arena call = Arena.ofConfined()) {
            final MemorySegment buffer = call.allocate(64);
            mins2timeStr.invokeExact(minutes, buffer, 64);
            return buffer.getString(0);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    long strToMbytes(String text) {
        try (Arena call = Arena.ofConfined()) {
            return (long) strToMbytes.invokeExact(call.allocateFrom(text));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** SLURM's text for a size, or null; the few bytes SLURM allocates are left to the test. */
    String mbytesToStr(long megabytes) {
        try {
            final MemorySegment text = (MemorySegment) mbytesToStr.invokeExact(megabytes);
            return text.equals(MemorySegment.NULL) ? null : text.reinterpret(64).getString(0);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }
}
