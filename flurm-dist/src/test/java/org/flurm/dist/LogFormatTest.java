package org.flurm.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The operators' log: one line per event on stderr; stdout is left to command output. */
class LogFormatTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void captureTheProcessStreams() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheProcessStreams() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void aLogLineIsTimestampLevelShortLoggerNameAndMessageOnStderr() {
        LoggerFactory.getLogger(CtldCommand.class).info("flurm ctld: job={} started", 1234);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})"
                        + " INFO  CtldCommand: flurm ctld: job=1234 started\\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void debugLinesAreDroppedAtTheDefaultLevel() {
        LoggerFactory.getLogger(CtldCommand.class).debug("not shown");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
