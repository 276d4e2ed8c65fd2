package org.flurm.dist;

/** The exit codes of the flurm command, as its help lists them. */
public final class ExitCodes {

    /** The command did what was asked (help and version included). */
    public static final int OK = 0;

    /**
     * The daemon cannot run: it is not part of this build, or its slurm.conf cannot be read.
     * SLURM's daemons exit 1 on a fatal start-up error too.
     */
    public static final int CANNOT_RUN = 1;

    /** The command line was wrong; picocli prints what and the usage. */
    public static final int USAGE = 2;

    /** The lines for picocli's {@code exitCodeList}. */
    static final String HELP_0 = "0:success";
    static final String HELP_1 =
            "1:cannot run (daemon not in this build, or unreadable slurm.conf)";
    static final String HELP_2 = "2:usage error";

    private ExitCodes() {}
}
