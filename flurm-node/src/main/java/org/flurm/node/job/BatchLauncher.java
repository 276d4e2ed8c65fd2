package org.flurm.node.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.flurm.node.os.Posix;
import org.flurm.node.proctrack.JobProcesses;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;

/**
 * Starts a batch script the way slurmstepd does: as the job's user, group and supplementary
 * groups, in a session of its own, in the job's working directory (or /tmp when that cannot
 * be entered), with the job's umask, stdin from its input file and stdout/stderr appended or
 * truncated into its output files, which are therefore created by the user.
 *
 * <p>Java cannot change its uid, so a short root shell joins the job's process tracker, then
 * execs {@code setsid} and util-linux {@code setpriv}, which exec a second shell as the user
 * that opens the files and execs the script. Every exec keeps the pid, so the pid spawned is
 * the script's and its raw wait status is the job's.
 *
 * <p>LIMIT: when the launch itself fails after the reply to slurmctld (an output file the
 * user cannot create, an unknown group), the job ends FAILED with exit code 1 or 2 from the
 * shell, where slurmd reports a launch failure.
 */
public final class BatchLauncher {

    static final String SETSID = "/usr/bin/setsid";
    static final String SETPRIV = "/usr/bin/setpriv";
    static final String SHELL = "/bin/sh";
    static final String PRLIMIT = "/usr/bin/prlimit";

    /** The part of the root shell that becomes the user: session, ids, groups, shell. */
    private static final String BECOME_USER = SETSID + " " + SETPRIV
            + " --reuid=\"$u\" --regid=\"$g\" \"$groups\" -- " + SHELL
            + " -c \"$user_part\" flurmd-job \"$@\"";

    /**
     * Runs as root: $1 join file, $2 uid, $3 gid, $4 supplementary groups ("" = the user's
     * from the group database), $5 prlimit options (space-separated, may be ""), $6 the user
     * part; the rest are the user part's arguments.
     */
    private static final String ROOT_PART = String.join("\n",
            "if [ -n \"$1\" ]; then echo $$ > \"$1\" || exit 1; fi",
            "SLURM_TASK_PID=$$; export SLURM_TASK_PID",
            "u=$2; g=$3; groups=$4; limits=$5; user_part=$6; shift 6",
            "if [ -n \"$groups\" ]; then groups=--groups=$groups; else groups=--init-groups; fi",
            "if [ -n \"$limits\" ]; then exec " + PRLIMIT + " $limits -- " + BECOME_USER + "; fi",
            "exec " + BECOME_USER);

    /**
     * Runs as the user: $1 umask, $2 work dir, $3 stdin, $4 stdout, $5 stderr ("" = stdout),
     * $6 "a" to append, $7 the script.
     */
    static final String USER_PART = String.join("\n",
            "umask \"$1\" || exit 1",
            // cd must not change PWD and OLDPWD from what the job was submitted with
            "had_pwd=${PWD+x}; pwd_was=${PWD-}; had_old=${OLDPWD+x}; old_was=${OLDPWD-}",
            "cd \"$2\" 2>/dev/null || cd /tmp",
            "if [ -n \"$had_pwd\" ]; then PWD=$pwd_was; else unset PWD; fi",
            "if [ -n \"$had_old\" ]; then OLDPWD=$old_was; else unset OLDPWD; fi",
            "exec <\"$3\" || exit 1",
            "if [ \"$6\" = a ]; then exec >>\"$4\"; else exec >\"$4\"; fi || exit 1",
            "if [ -z \"$5\" ]; then exec 2>&1; elif [ \"$6\" = a ]; then exec 2>>\"$5\";"
                    + " else exec 2>\"$5\"; fi || exit 1",
            "exec \"$7\"");

    /** SLURM's OPEN_MODE_APPEND value of the launch request's open_mode. */
    private static final int OPEN_MODE_APPEND = 1;

    private BatchLauncher() {
    }

    /** Where a job's files and output go, resolved against its working directory. */
    public record JobFiles(Path stdin, Path stdout, Path stderr) {
    }

    /** Resolves the job's input and output names, patterns expanded. */
    public static JobFiles files(BatchJobLaunch launch, OutputPattern pattern) {
        final Path workDir = Path.of(launch.workDir() == null ? "/tmp" : launch.workDir());
        final String out = launch.stdOut() == null || launch.stdOut().isEmpty()
                ? OutputPattern.defaultName(launch.arrayTaskId()) : launch.stdOut();
        final Path stdout = workDir.resolve(pattern.expand(out));
        final Path stderr = launch.stdErr() == null || launch.stdErr().isEmpty()
                ? null : workDir.resolve(pattern.expand(launch.stdErr()));
        final Path stdin = launch.stdIn() == null || launch.stdIn().isEmpty()
                ? Path.of("/dev/null") : workDir.resolve(pattern.expand(launch.stdIn()));
        final boolean sameFile = stderr != null && stderr.equals(stdout);
        return new JobFiles(stdin, stdout, sameFile ? null : stderr);
    }

    /**
     * Writes the script into the job's spool folder, owned by the user, and starts it.
     *
     * @param jobDir  the job's folder in SlurmdSpoolDir (created here)
     * @return the pid of the script
     */
    public static int start(BatchJobLaunch launch, Path jobDir, JobFiles files,
                            List<String> environment, JobProcesses tracker) throws IOException {
        final Path script = writeScript(launch, jobDir);

        final List<String> argv = new ArrayList<>(List.of(SHELL, "-c", ROOT_PART,
                "flurmd-launch",
                tracker.joinFile() == null ? "" : tracker.joinFile(),
                Integer.toUnsignedString(launch.uid()), Integer.toUnsignedString(launch.gid()),
                groups(launch),
                String.join(" ", ResourceLimits.prlimitOptions(launch.environment() == null
                        ? List.of() : launch.environment())),
                USER_PART,
                BatchEnvironment.umask(launch),
                launch.workDir() == null ? "/tmp" : launch.workDir(),
                files.stdin().toString(), files.stdout().toString(),
                files.stderr() == null ? "" : files.stderr().toString(),
                launch.openMode() == OPEN_MODE_APPEND ? "a" : "t",
                script.toString()));
        return Posix.spawn(argv, environment);
    }

    private static Path writeScript(BatchJobLaunch launch, Path jobDir) throws IOException {
        Files.createDirectories(jobDir);
        final Path script = jobDir.resolve("slurm_script");
        Files.writeString(script, launch.script() == null ? "" : launch.script(),
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(jobDir, PosixFilePermissions.fromString("rwx------"));
        chown(script, launch.uid(), launch.gid());
        chown(jobDir, launch.uid(), launch.gid());
        return script;
    }

    private static void chown(Path path, int uid, int gid) throws IOException {
        Files.setAttribute(path, "unix:uid", uid);
        Files.setAttribute(path, "unix:gid", gid);
    }

    /** The supplementary groups slurmctld sent, comma-separated; "" when it sent none. */
    private static String groups(BatchJobLaunch launch) {
        final StringJoiner joined = new StringJoiner(",");
        if (launch.gids() != null) {
            for (int gid : launch.gids()) {
                joined.add(Integer.toUnsignedString(gid));
            }
        }
        return joined.toString();
    }
}
