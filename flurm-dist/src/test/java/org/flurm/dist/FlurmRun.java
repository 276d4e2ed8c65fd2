package org.flurm.dist;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the flurm command with its output captured.
 *
 * @param exitCode what {@code flurm} would exit with
 * @param out what it printed on stdout
 * @param err what it printed on stderr through picocli (log lines are not captured)
 */
record FlurmRun(int exitCode, String out, String err) {

    static FlurmRun of(String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final var commandLine = FlurmCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        final int exitCode = commandLine.execute(args);
        return new FlurmRun(exitCode, out.toString(), err.toString());
    }
}
