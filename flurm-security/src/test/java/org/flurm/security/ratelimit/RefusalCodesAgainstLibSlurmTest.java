package org.flurm.security.ratelimit;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rate limiter's refusal codes, turned into text by the installed SLURM 22.05 library the
 * stock clients use, so the messages users will read are the ones documented.
 */
@SuppressWarnings("restricted")
class RefusalCodesAgainstLibSlurmTest {

    private static final Path LIBRARY =
            Path.of("/usr/lib/x86_64-linux-gnu/slurm-wlm/libslurmfull.so");

    /**
     * Codes some stock 22.05 client retries without telling the user: EAGAIN,
     * ESLURM_ERROR_ON_DESC_TO_RECORD_COPY, ESLURM_NODES_BUSY, ESLURM_IN_STANDBY_MODE,
     * ESLURM_DISABLED, ESLURM_PORTS_BUSY, ESLURM_INTERCONNECT_BUSY,
     * ESLURM_IN_STANDBY_USE_BACKUP.
     */
    private static final List<Integer> RETRIED = List.of(11, 2007, 2016, 2027, 2037, 2059,
            2079, 2131);

    @Test
    void aRefusedSubmissionReadsAsASubmitLimit() throws Throwable {
        final int code = RateLimiter.refusalErrno(RequestKind.SUBMIT);

        assertThat(code).isEqualTo(2050);
        assertThat(strerror(code)).isEqualTo("Job violates accounting/QOS policy"
                + " (job submit limit, user's size and/or time limits)");
    }

    @Test
    void aRefusedQueryOrUpdateReadsAsAccessDenied() throws Throwable {
        assertThat(RateLimiter.refusalErrno(RequestKind.QUERY)).isEqualTo(2002);
        assertThat(RateLimiter.refusalErrno(RequestKind.UPDATE)).isEqualTo(2002);
        assertThat(strerror(2002)).isEqualTo("Access/permission denied");
    }

    @Test
    void noRefusalCodeIsOneTheClientsRetry() throws Throwable {
        for (RequestKind kind : RequestKind.values()) {
            assertThat(RETRIED).doesNotContain(RateLimiter.refusalErrno(kind));
        }
        assertThat(strerror(2027)).isEqualTo("Slurm backup controller in standby mode");
        assertThat(strerror(2037)).isEqualTo("Requested operation is presently disabled");
        assertThat(strerror(2059)).isEqualTo("Required ports are in use");
        assertThat(strerror(2079)).isEqualTo("Switch resources currently not available");
    }

    private static String strerror(int code) throws Throwable {
        assertThat(LIBRARY).as("SLURM 22.05's libslurmfull.so (package slurm-client)")
                .isReadable();
        try (Arena arena = Arena.ofConfined()) {
            final MethodHandle handle = Linker.nativeLinker().downcallHandle(
                    java.lang.foreign.SymbolLookup.libraryLookup(LIBRARY, arena)
                            .find("slurm_strerror").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS, JAVA_INT));
            final MemorySegment text = (MemorySegment) handle.invokeExact(code);
            return text.reinterpret(Long.MAX_VALUE).getString(0);
        }
    }
}
