package org.flurm.node.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.flurm.node.NodeSettings;
import org.flurm.node.os.Posix;
import org.flurm.node.proctrack.JobProcesses;
import org.flurm.node.proctrack.ProcessTracking;
import org.flurm.node.proctrack.ScannedJobProcesses;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;
import org.flurm.protocol.message.slurmd.CompleteBatchScript;
import org.flurm.protocol.message.slurmd.EpilogComplete;
import org.flurm.protocol.message.slurmd.KillJob;
import org.flurm.protocol.message.slurmd.SignalTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch jobs of this node and what happens to them: launch, the report of their end,
 * signals, and termination with its grace period, as slurmd and slurmstepd handle them.
 *
 * <p>A job stays in the table after its script ended until slurmctld's REQUEST_TERMINATE_JOB
 * arrives, which is then answered ESLURMD_KILL_JOB_ALREADY_COMPLETE, as slurmd answers.
 *
 * <p>LIMIT: slurm.conf's Prolog and Epilog are not run, and MESSAGE_EPILOG_COMPLETE always
 * reports success. No job accounting is gathered (as with JobAcctGatherType=none).
 */
public final class NodeJobs {

    private static final Logger LOG = LoggerFactory.getLogger(NodeJobs.class);

    static final int SIGKILL = 9;
    static final int SIGTERM = 15;
    static final int SIGCONT = 18;

    private static final int REQUEST_KILL_TIMELIMIT = 6009;
    private static final int REQUEST_KILL_PREEMPTED = 6016;
    /** slurmctld restarts within this; a completion report is retried that long. */
    private static final Duration REPORT_RETRY = Duration.ofMinutes(5);
    private static final DateTimeFormatter NOTICE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** How the node tells slurmctld about jobs; one connection per message. */
    public interface ControllerReports {
        void completeBatchScript(CompleteBatchScript report) throws IOException;

        void epilogComplete(EpilogComplete report) throws IOException;
    }

    private final NodeSettings settings;
    private final ProcessTracking tracking;
    private final ControllerReports controller;
    private final Map<Integer, BatchJob> jobs = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public NodeJobs(NodeSettings settings, ProcessTracking tracking,
                    ControllerReports controller) {
        this.settings = settings;
        this.tracking = tracking;
        this.controller = controller;
    }

    private String nodeName() {
        return settings.node().name();
    }

    /** The batch steps still running here, for the node's registration. */
    public List<StepId> runningSteps() {
        final List<StepId> steps = new ArrayList<>();
        for (BatchJob job : jobs.values()) {
            if (!job.reported().isDone()) {
                steps.add(StepId.batchScript(job.jobId()));
            }
        }
        steps.sort(Comparator.comparingInt(StepId::jobId));
        return steps;
    }

    /**
     * Starts a batch job and returns the code for slurmctld's reply at once; the script's end
     * is reported later with REQUEST_COMPLETE_BATCH_SCRIPT.
     */
    public int launch(BatchJobLaunch launch) {
        final String user = launch.userName() != null ? launch.userName()
                : Users.nameOf(launch.uid()).orElse(null);
        if (user == null) {
            LOG.error("job={} uid={} is unknown on node={}", launch.jobId(), launch.uid(),
                    nodeName());
            return SlurmErrno.ESLURMD_UID_NOT_FOUND.code();
        }
        final JobProcesses processes;
        try {
            processes = tracking.forJob(launch.jobId(), launch.uid());
        } catch (IOException e) {
            LOG.error("job={}: cannot set up process tracking: {}", launch.jobId(),
                    e.getMessage());
            return SlurmErrno.SLURM_ERROR.code();
        }
        final BatchJob job = new BatchJob(launch, user, processes);
        if (jobs.putIfAbsent(launch.jobId(), job) != null) {
            LOG.info("job={}: launch repeated, already here", launch.jobId());
            return SlurmErrno.SLURM_SUCCESS.code();
        }
        LOG.info("job={} user={} uid={}: launching batch script", launch.jobId(), user,
                launch.uid());
        // waitpid blocks in native code, so the job's watcher is a platform thread
        Thread.ofPlatform().daemon().name("job-" + Integer.toUnsignedString(launch.jobId()))
                .start(() -> run(job));
        return SlurmErrno.SLURM_SUCCESS.code();
    }

    private void run(BatchJob job) {
        final BatchJobLaunch launch = job.launch();
        int status;
        try {
            final OutputPattern pattern = new OutputPattern(launch.jobId(), launch.arrayJobId(),
                    launch.arrayTaskId(), jobName(launch), job.userName(), settings.hostName());
            final BatchLauncher.JobFiles files = BatchLauncher.files(launch, pattern);
            final List<String> env = BatchEnvironment.of(launch, nodeName(),
                    settings.clusterName(), settings.workingCluster(), job.userName());
            final int pid = BatchLauncher.start(launch, jobDir(launch.jobId()), files, env,
                    job.processes());
            job.scriptPid(pid);
            if (job.processes() instanceof ScannedJobProcesses scanned) {
                scanned.leader(pid);
            }
            status = Posix.waitForExit(pid);
            LOG.info("job={}: batch script ended, status {}:{}", launch.jobId(),
                    (status >> 8) & 0xFF, status & 0x7F);
        } catch (IOException | RuntimeException e) {
            LOG.error("job={}: batch script could not run: {}", launch.jobId(), e.getMessage());
            status = 1 << 8;
        }
        job.markExited();

        // like slurmstepd, end whatever the script left running once it has exited
        killRemaining(job);
        reportEnd(job, status);
        deleteJobDir(launch.jobId());
    }

    private void reportEnd(BatchJob job, int status) {
        final CompleteBatchScript report = new CompleteBatchScript(null, job.jobId(), status, 0,
                job.uid(), nodeName());
        final long deadline = System.nanoTime() + REPORT_RETRY.toNanos();
        while (true) {
            try {
                controller.completeBatchScript(report);
                break;
            } catch (IOException e) {
                if (stopping || System.nanoTime() > deadline) {
                    LOG.error("job={}: end not reported, slurmctld unreachable: {}",
                            job.jobId(), e.getMessage());
                    break;
                }
                LOG.warn("job={}: reporting end failed, retrying: {}", job.jobId(),
                        e.getMessage());
                sleep(Duration.ofSeconds(2));
            }
        }
        job.reported().complete(status);
    }

    /**
     * Handles REQUEST_TERMINATE_JOB and its kin: returns the code for the reply, and for a job
     * still running starts its termination, which ends with MESSAGE_EPILOG_COMPLETE.
     */
    public int terminate(KillJob request, int msgType) {
        final int jobId = request.stepId().jobId();
        final BatchJob job = jobs.get(jobId);
        if (job == null) {
            return SlurmErrno.ESLURMD_KILL_JOB_ALREADY_COMPLETE.code();
        }
        if (job.reported().isDone() && !job.terminating()) {
            jobs.remove(jobId, job);
            job.processes().release();
            return SlurmErrno.ESLURMD_KILL_JOB_ALREADY_COMPLETE.code();
        }
        if (!job.startTerminating()) {
            return SlurmErrno.SLURM_SUCCESS.code();
        }
        LOG.info("job={}: terminating ({})", Integer.toUnsignedString(jobId),
                MessageType.nameOf(msgType));
        Thread.ofVirtual().name("kill-" + Integer.toUnsignedString(jobId))
                .start(() -> kill(job, msgType));
        return SlurmErrno.SLURM_SUCCESS.code();
    }

    private void kill(BatchJob job, int msgType) {
        // a script that ended by itself was not cancelled, even if slurmctld's request to
        // clean up arrives before the report of its end was acknowledged
        final boolean cancelled = !job.exited();

        // stopped processes cannot act on SIGTERM, so they are continued first
        signalAll(job, SIGCONT);
        signalAll(job, SIGTERM);
        try {
            job.reported().get(settings.killWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("job={}: still running after KillWait, sending SIGKILL", job.jobId());
        } catch (Exception e) {
            LOG.debug("job={}: waiting for the end: {}", job.jobId(), e.toString());
        }
        killRemaining(job);
        if (cancelled) {
            // written once no process of the job is left to write over it
            writeCancelNotice(job, msgType);
        }
        try {
            job.reported().get(REPORT_RETRY.toSeconds() + 60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.error("job={}: script did not end after SIGKILL: {}", job.jobId(), e.toString());
        }
        job.processes().release();
        jobs.remove(job.jobId(), job);

        try {
            controller.epilogComplete(new EpilogComplete(job.jobId(), 0, nodeName()));
            LOG.info("job={}: terminated, epilog complete sent", job.jobId());
        } catch (IOException e) {
            LOG.error("job={}: epilog completion not delivered: {}", job.jobId(),
                    e.getMessage());
        }
    }

    /** SIGKILL to every process of the job until none is left. */
    private void killRemaining(BatchJob job) {
        for (int round = 0; round < 600; round++) {
            try {
                if (job.processes().pids().isEmpty()) {
                    return;
                }
                job.processes().signalAll(SIGKILL);
            } catch (IOException e) {
                LOG.warn("job={}: killing processes: {}", job.jobId(), e.getMessage());
            }
            sleep(Duration.ofMillis(100));
        }
        LOG.error("job={}: processes survive SIGKILL", job.jobId());
    }

    private void signalAll(BatchJob job, int signal) {
        try {
            job.processes().signalAll(signal);
        } catch (IOException e) {
            LOG.warn("job={}: signal {}: {}", job.jobId(), signal, e.getMessage());
        }
    }

    /**
     * Handles REQUEST_SIGNAL_TASKS for a batch job: the batch shell alone ({@code scancel
     * --batch}), or every process of the job (KILL_FULL_JOB).
     *
     * @param privileged whether the sender is root or SlurmUser
     */
    public int signal(SignalTasks request, int senderUid, boolean privileged) {
        final BatchJob job = jobs.get(request.stepId().jobId());
        if (job == null || job.reported().isDone() || job.scriptPid() == 0) {
            return SlurmErrno.ESLURM_INVALID_JOB_ID.code();
        }
        if (senderUid != job.uid() && !privileged) {
            return SlurmErrno.ESLURM_USER_ID_MISSING.code();
        }
        try {
            if ((request.flags() & SignalTasks.KILL_FULL_JOB) != 0) {
                job.processes().signalAll(request.signal());
            } else if ((request.flags() & SignalTasks.KILL_STEPS_ONLY) != 0) {
                // flurmd runs no steps besides the batch script, so there is nothing to signal
                return SlurmErrno.SLURM_SUCCESS.code();
            } else if ((request.flags() & SignalTasks.KILL_JOB_BATCH) != 0
                    || request.stepId().stepId() == StepId.batchScript(0).stepId()) {
                Posix.kill(job.scriptPid(), request.signal());
            } else {
                return SlurmErrno.ESLURM_INVALID_JOB_ID.code();
            }
        } catch (IOException e) {
            LOG.warn("job={}: signal {} failed: {}", job.jobId(), request.signal(),
                    e.getMessage());
            return SlurmErrno.ESLURMD_KILL_TASK_FAILED.code();
        }
        LOG.info("job={}: signal {} delivered", job.jobId(), request.signal());
        return SlurmErrno.SLURM_SUCCESS.code();
    }

    /** The line slurmstepd writes to a cancelled job's error file. */
    private void writeCancelNotice(BatchJob job, int msgType) {
        final String reason = switch (msgType) {
            case REQUEST_KILL_TIMELIMIT -> " DUE TO TIME LIMIT";
            case REQUEST_KILL_PREEMPTED -> " DUE TO PREEMPTION";
            default -> "";
        };
        final String line = "slurmstepd: error: *** JOB " + Integer.toUnsignedString(job.jobId())
                + " ON " + nodeName() + " CANCELLED AT "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(NOTICE_TIME)
                + reason + " ***\n";
        final BatchJobLaunch launch = job.launch();
        final OutputPattern pattern = new OutputPattern(launch.jobId(), launch.arrayJobId(),
                launch.arrayTaskId(), jobName(launch), job.userName(), settings.hostName());
        final BatchLauncher.JobFiles files = BatchLauncher.files(launch, pattern);
        final Path target = files.stderr() != null ? files.stderr() : files.stdout();
        try {
            if (Files.isRegularFile(target)) {
                Files.writeString(target, line, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            LOG.debug("job={}: cancel notice not written: {}", job.jobId(), e.getMessage());
        }
    }

    private Path jobDir(int jobId) {
        return settings.spoolDir().resolve(String.format("job%05d",
                Integer.toUnsignedLong(jobId)));
    }

    private void deleteJobDir(int jobId) {
        final Path dir = jobDir(jobId);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.debug("job={}: spool folder not removed: {}", jobId, e.getMessage());
        }
    }

    /** The job name sbatch put in the environment (SLURM_JOB_NAME), for %x. */
    private static String jobName(BatchJobLaunch launch) {
        if (launch.environment() != null) {
            for (String entry : launch.environment()) {
                if (entry.startsWith("SLURM_JOB_NAME=")) {
                    return entry.substring("SLURM_JOB_NAME=".length());
                }
            }
        }
        return "";
    }

    /** Kills every job at daemon shutdown, without reports. */
    public void shutdown() {
        stopping = true;
        for (BatchJob job : jobs.values()) {
            signalAll(job, SIGKILL);
        }
    }


    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
