package org.flurm.node.os;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * The few libc calls the node daemon needs and Java does not offer: sending any signal to any
 * process, and starting a child whose raw wait status it reaps itself.
 *
 * <p>Jobs are started with {@code posix_spawn} instead of {@link ProcessBuilder} because the
 * JDK reports a child killed by a signal as exit code 128 + signal, which cannot be told from
 * a script that called {@code exit 137}; SLURM reports the two differently (0:9 against 137:0).
 * The JDK only reaps the children it started, so {@link #waitForExit} owns these.
 */
// restricted: binding libc is this class's purpose
@SuppressWarnings("restricted")
public final class Posix {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_HANDLE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle KILL = bind("kill",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), true);
    private static final MethodHandle WAITPID = bind("waitpid",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), true);
    private static final MethodHandle POSIX_SPAWN = bind("posix_spawn",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS,
                    ADDRESS), false);

    private static final int ESRCH = 3;
    private static final int EINTR = 4;

    private Posix() {
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor,
                                     boolean errno) {
        final MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new IllegalStateException("libc has no " + name));
        return errno ? LINKER.downcallHandle(symbol, descriptor, ERRNO)
                : LINKER.downcallHandle(symbol, descriptor);
    }

    /**
     * Sends {@code signal} to {@code pid} (a negative pid names a process group).
     *
     * @return false when no such process exists any more
     * @throws IOException for any other failure (e.g. EPERM)
     */
    public static boolean kill(int pid, int signal) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            final int rc = (int) KILL.invokeExact(state, pid, signal);
            if (rc == 0) {
                return true;
            }
            final int errno = (int) ERRNO_HANDLE.get(state, 0L);
            if (errno == ESRCH) {
                return false;
            }
            throw new IOException("kill(" + pid + ", " + signal + ") failed, errno " + errno);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("kill downcall", e);
        }
    }

    /**
     * Starts {@code argv[0]} (an absolute path) with exactly {@code environment}, inheriting
     * the daemon's open standard streams (the caller's command line redirects them).
     *
     * @return the child's pid
     */
    public static int spawn(List<String> argv, List<String> environment) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment pid = arena.allocate(JAVA_INT);
            final MemorySegment path = arena.allocateFrom(argv.getFirst());
            final int rc = (int) POSIX_SPAWN.invokeExact(pid, path, MemorySegment.NULL,
                    MemorySegment.NULL, stringArray(arena, argv),
                    stringArray(arena, environment));
            if (rc != 0) {
                throw new IOException("posix_spawn " + argv.getFirst() + " failed, error " + rc);
            }
            return pid.get(JAVA_INT, 0);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("posix_spawn downcall", e);
        }
    }

    /**
     * Blocks until the child {@code pid} ends and reaps it.
     *
     * @return the raw wait status (exit code << 8, or the terminating signal)
     */
    public static int waitForExit(int pid) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            final MemorySegment status = arena.allocate(JAVA_INT);
            final MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            while (true) {
                final int rc = (int) WAITPID.invokeExact(state, pid, status, 0);
                if (rc == pid) {
                    return status.get(JAVA_INT, 0);
                }
                final int errno = (int) ERRNO_HANDLE.get(state, 0L);
                if (errno != EINTR) {
                    throw new IOException("waitpid(" + pid + ") failed, errno " + errno);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("waitpid downcall", e);
        }
    }

    /** A NULL-terminated {@code char *[]} of the strings. */
    private static MemorySegment stringArray(Arena arena, List<String> strings) {
        final MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(strings.get(i)));
        }
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }
}
