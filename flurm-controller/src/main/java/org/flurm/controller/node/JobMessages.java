package org.flurm.controller.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.core.state.Node;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;
import org.flurm.protocol.message.slurmd.JobCredential;
import org.flurm.protocol.message.slurmd.KillJob;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;

/**
 * Builds what slurmctld sends a node daemon about a job: the batch launch with its job
 * credential, and the kill request that ends the job on a node.
 *
 * <p>Both credentials go unsigned, as 22.05's slurmctld sends them: slurmd trusts them
 * because the message itself is signed by SlurmUser.
 *
 * <p>LIMIT: the cores of a node are given from its first core on, whatever other jobs hold
 * there; with task/none and proctrack/linuxproc (no binding) slurmd does not use them.
 */
final class JobMessages {

    private static final int PROTOCOL_VERSION = 0x2600;
    private static final int NO_VAL16 = Sentinels.NO_VAL16;

    private JobMessages() {
    }

    static BatchJobLaunch batchLaunch(Job job, ClusterSnapshot state, long now) {
        final Job.Allocation a = job.allocation();
        final Job.Resources r = job.resources();
        final Job.Launch l = job.launch();
        final RunLength cpus = RunLength.of(a.cpus().stream().mapToLong(c -> c).toArray());
        final long memory = a.memory().isEmpty() ? 0 : a.memory().get(0);
        return new BatchJobLaunch(job.jobId(), 0, job.userId(), job.groupId(), job.userName(),
                Account.of(job.userId()).gids(job.groupId()), job.partition(), r.numTasks(),
                r.pnMinMemory() == Sentinels.NO_VAL64 ? 0 : r.pnMinMemory(), 0, 0,
                job.arrayJobId(), job.arrayJobId() == 0 ? Sentinels.NO_VAL : job.arrayTaskId(),
                null, null, 0, Math.max(1, r.cpusPerTask()), job.restartCount(), NO_VAL16,
                cpus.valuesAsInts(), cpus.repeats(), null, null, job.nodeList(), l.script(),
                l.workDir(), l.stdErr(), l.stdIn() == null ? "/dev/null" : l.stdIn(),
                l.stdOut(), l.argv().isEmpty() ? null : l.argv(), null, l.environment(),
                memory, PROTOCOL_VERSION,
                credential(job, state, StepId.batchScript(job.jobId()), now),
                SelectJobInfo.OF_CONS_TRES, job.account(), null, null, 0, null, null);
    }

    /**
     * The request that ends {@code job} on its nodes: REQUEST_TERMINATE_JOB or
     * REQUEST_KILL_TIMELIMIT share this body.
     */
    static KillJob kill(Job job, ClusterSnapshot state, long now) {
        final int jobState = job.state().value() | JobState.COMPLETING;
        return new KillJob(credential(job, state, StepId.wholeJob(job.jobId()), now), null, 0,
                job.exitCode(), StepId.wholeJob(job.jobId()), 0, jobState, job.userId(),
                job.groupId(), job.nodeList(), SelectJobInfo.OF_CONS_TRES, null,
                job.times().start(), now, job.launch().workDir());
    }

    private static JobCredential credential(Job job, ClusterSnapshot state, StepId stepId,
                                            long now) {
        final Job.Allocation a = job.allocation();
        final Job.Launch l = job.launch();
        final Account account = Account.of(job.userId());

        // each node's cores, and the ones the job holds from the first on
        final int nodeCount = a.nodeIndexes().size();
        final long[] coresPerSocket = new long[nodeCount];
        final long[] sockets = new long[nodeCount];
        final List<Integer> held = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < nodeCount; i++) {
            final Node node = state.nodes().get(a.nodeIndexes().get(i));
            final int threads = Math.max(1, node.threads());
            coresPerSocket[i] = Math.max(1, node.cores());
            sockets[i] = Math.max(1, node.sockets());
            final int cores = (int) (coresPerSocket[i] * sockets[i]);
            final int wanted = Math.min(cores, (a.cpus().get(i) + threads - 1) / threads);
            for (int c = 0; c < wanted; c++) {
                held.add(offset + c);
            }
            offset += cores;
        }
        final Bitmap coreBitmap = Bitmap.of(offset,
                held.stream().mapToInt(Integer::intValue).toArray());
        final RunLength layout = RunLength.ofPairs(coresPerSocket, sockets);
        final RunLength cpus = RunLength.of(a.cpus().stream().mapToLong(c -> c).toArray());
        final RunLength memory = RunLength.of(a.memory().stream().mapToLong(m -> m).toArray());
        final String batchHost = state.nodes().get(a.batchHost()).name();

        return new JobCredential(stepId, job.userId(), job.groupId(), account.name(),
                account.gecos(), account.home(), account.shell(),
                account.gids(job.groupId()), null, NO_VAL16,
                job.account(), null, job.comment(), job.resources().features(),
                job.partition(), null, job.restartCount(), l.stdErr(),
                l.stdIn() == null ? "/dev/null" : l.stdIn(), l.stdOut(), batchHost, 0, now,
                coreBitmap, coreBitmap, layout.valuesAsInts(), layout.secondsAsInts(),
                layout.repeats(), cpus.valuesAsInts(), cpus.repeats(), nodeCount,
                Math.max(1, job.resources().numTasks()), job.nodeList(), memory.values(),
                memory.repeats(), memory.values(), memory.repeats(), null, null);
    }

    /** SLURM's run-length arrays: distinct consecutive values and how often each repeats. */
    private record RunLength(long[] values, long[] seconds, int[] repeats) {

        static RunLength of(long[] items) {
            return ofPairs(items, new long[items.length]);
        }

        /** Runs of equal (first, second) pairs. */
        static RunLength ofPairs(long[] first, long[] second) {
            final List<long[]> runs = new ArrayList<>();
            for (int i = 0; i < first.length; i++) {
                final long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last[0] == first[i] && last[1] == second[i]) {
                    last[2]++;
                } else {
                    runs.add(new long[] {first[i], second[i], 1});
                }
            }
            final long[] values = new long[runs.size()];
            final long[] seconds = new long[runs.size()];
            final int[] repeats = new int[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                values[i] = runs.get(i)[0];
                seconds[i] = runs.get(i)[1];
                repeats[i] = (int) runs.get(i)[2];
            }
            return new RunLength(values, seconds, repeats);
        }

        int[] valuesAsInts() {
            return java.util.Arrays.stream(values).mapToInt(v -> (int) v).toArray();
        }

        int[] secondsAsInts() {
            return java.util.Arrays.stream(seconds).mapToInt(v -> (int) v).toArray();
        }
    }

    /**
     * The passwd entry the credential carries, so slurmd need not look the user up; all null
     * when this host does not know the uid (slurmd then looks it up itself).
     *
     * <p>LIMIT: users and groups are read from /etc/passwd and /etc/group only, not through
     * NSS (LDAP, SSSD): a user known only there gets just the job's group.
     */
    private record Account(String name, String gecos, String home, String shell) {

        private static final Path PASSWD = Path.of("/etc/passwd");
        private static final Path GROUP = Path.of("/etc/group");

        /** The job's group, then every group that lists the user; slurmd refuses none. */
        int[] gids(int primary) {
            final List<Integer> gids = new ArrayList<>(List.of(primary));
            if (name != null) {
                try {
                    for (String line : Files.readAllLines(GROUP)) {
                        final String[] f = line.split(":", -1);
                        if (f.length >= 4 && List.of(f[3].split(",")).contains(name)) {
                            final int gid = Integer.parseUnsignedInt(f[2]);
                            if (!gids.contains(gid)) {
                                gids.add(gid);
                            }
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    // the job's group alone
                }
            }
            return gids.stream().mapToInt(Integer::intValue).toArray();
        }

        static Account of(int uid) {
            try {
                for (String line : Files.readAllLines(PASSWD)) {
                    final String[] f = line.split(":", -1);
                    if (f.length >= 7 && f[2].equals(Integer.toUnsignedString(uid))) {
                        return new Account(f[0], f[4].isEmpty() ? null : f[4], f[5], f[6]);
                    }
                }
            } catch (IOException e) {
                // the credential goes without it
            }
            return new Account(null, null, null, null);
        }
    }
}
