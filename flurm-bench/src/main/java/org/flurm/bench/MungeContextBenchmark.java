package org.flurm.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code Munge}'s context-per-call design costs on top of a context kept per thread:
 * creating a libmunge context, pointing it at the socket and destroying it. Compare with the
 * time of one encode in {@link MungeBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
// restricted: the benchmark binds libmunge itself to time the calls Munge hides
@SuppressWarnings("restricted")
public class MungeContextBenchmark {

    private static final int MUNGE_OPT_SOCKET = 8;

    private MethodHandle create;
    private MethodHandle setPointer;
    private MethodHandle destroy;
    private MemorySegment socketPath;

    @Setup
    public void bind() {
        final Linker linker = Linker.nativeLinker();
        final SymbolLookup munge = SymbolLookup.libraryLookup("libmunge.so.2", Arena.global());
        create = linker.downcallHandle(munge.find("munge_ctx_create").orElseThrow(),
                FunctionDescriptor.of(ADDRESS));
        setPointer = linker.downcallHandle(munge.find("munge_ctx_set").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS),
                Linker.Option.firstVariadicArg(2));
        destroy = linker.downcallHandle(munge.find("munge_ctx_destroy").orElseThrow(),
                FunctionDescriptor.ofVoid(ADDRESS));
        socketPath = Arena.global().allocateFrom("/run/munge/munge.socket.2");
    }

    @Benchmark
    public int createSetSocketDestroy() throws Throwable {
        final MemorySegment ctx = (MemorySegment) create.invokeExact();
        final int rc = (int) setPointer.invokeExact(ctx, MUNGE_OPT_SOCKET, socketPath);
        destroy.invokeExact(ctx);
        return rc;
    }
}
