package org.flurm.auth.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * FLURM's K12 against the KangarooTwelve that SLURM's own hash plugin (Debian's hash_k12.so)
 * computes, on bodies of every size class a controller sends and receives.
 *
 * <p>BouncyCastle before 1.83 got about one body in 400 wrong; the stock clients then refuse
 * the reply, so this compares thousands of seeded random bodies, not a few vectors.
 */
class MessageHashAgainstSlurmPluginTest {

    private static final Path PLUGIN = Path.of("/usr/lib/x86_64-linux-gnu/slurm-wlm/hash_k12.so");

    @Test
    @SuppressWarnings("restricted")
    void k12EqualsSlurmsPluginOnThreeThousandRandomBodies() throws Throwable {
        assertThat(PLUGIN).as("SLURM's hash plugin; install the slurm-client package").exists();
        final Random random = new Random(20261203L);

        try (Arena arena = Arena.ofConfined()) {
            final Linker linker = Linker.nativeLinker();
            final MethodHandle kangarooTwelve = linker.downcallHandle(
                    SymbolLookup.libraryLookup(PLUGIN, arena).findOrThrow("KangarooTwelve"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                            ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            final MemorySegment output = arena.allocate(MessageHash.K12_LENGTH);
            final MemorySegment customization = arena.allocate(2);

            for (int i = 0; i < 3000; i++) {
                final byte[] body = new byte[sizeOf(random)];
                random.nextBytes(body);
                final int msgType = random.nextInt(1, 11000);
                final MemorySegment input = arena.allocateFrom(ValueLayout.JAVA_BYTE, body);
                customization.set(ValueLayout.JAVA_BYTE, 0, (byte) (msgType >>> 8));
                customization.set(ValueLayout.JAVA_BYTE, 1, (byte) msgType);

                final int rc = (int) kangarooTwelve.invokeExact(input, (long) body.length, output,
                        (long) MessageHash.K12_LENGTH, customization, 2L);

                assertThat(rc).isZero();
                assertThat(MessageHash.k12(msgType, body, 0, body.length))
                        .as("body %d of %d bytes, type %d", i, body.length, msgType)
                        .isEqualTo(output.toArray(ValueLayout.JAVA_BYTE));
            }
        }
    }

    /** Mostly small bodies, some around K12's 8 KiB chunk size, a few large replies. */
    private static int sizeOf(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(64);
            case 1 -> random.nextInt(4096);
            case 2 -> 8192 + random.nextInt(-64, 64);
            default -> random.nextInt(200_000);
        };
    }
}
