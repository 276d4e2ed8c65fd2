package org.flurm.protocol.message.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.SensitiveFields;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Sentinels;

/**
 * What a user asks of the controller for one job: SLURM's {@code job_desc_msg}, the body of
 * REQUEST_SUBMIT_BATCH_JOB (sbatch), REQUEST_RESOURCE_ALLOCATION (salloc, srun),
 * REQUEST_JOB_WILL_RUN (--test-only) and REQUEST_UPDATE_JOB (scontrol update, hold, release).
 *
 * <p>The 118 wire fields are grouped by concern into the nested records below; the wire order
 * lives only in {@link JobDescriptorCodec}, which names each field's number in the table of the
 * protocol notes. A field that is "not set" holds SLURM's marker ({@link Sentinels#NO_VAL} and
 * friends) or, for text, {@code null}: an update changes exactly the fields that are set, so
 * "unset" and "empty" must stay apart. {@link #UNSET} is a descriptor with nothing set, as
 * SLURM's clients start from it.
 *
 * <p>Numbers keep the wire's width in the Java type that holds them: u8 and u16 in a
 * non-negative {@code int}, u32 in a raw {@code int} (compare with {@link Sentinels}), u64 and
 * times in a {@code long}. String lists are never null; an empty list and a NULL array look the
 * same on the wire.
 *
 * @param extra         arbitrary text for site scripts ({@code --extra}), #105
 * @param bitflags      job flags (#103), e.g. {@link #USE_DEFAULT_PART}; clients set the four
 *                      USE_DEFAULT_* bits for the names they leave out
 * @param selectJobInfo the select plugin's job data, #101
 * @param crontabEntry  the scrontab schedule, #118; {@code null} for every other job
 */
public record JobDescriptor(Identity identity, Submitter submitter, Federation federation,
                            Accounting accounting, Placement placement, Scheduling scheduling,
                            Resources resources, MultiCore multiCore, TaskLayout tasks,
                            Binding binding, CpuFrequency cpuFrequency, TresRequest tres,
                            Launch launch, Callback callback, Notifications notifications,
                            X11Forwarding x11, Lifecycle lifecycle, String extra, long bitflags,
                            SelectJobInfo selectJobInfo, CronEntry crontabEntry)
        implements MessageBody {

    /** {@link #bitflags}: the user named no account / partition / QOS / WCKey. */
    public static final long USE_DEFAULT_ACCT = 1L << 25;
    public static final long USE_DEFAULT_PART = 1L << 26;
    public static final long USE_DEFAULT_QOS = 1L << 27;
    public static final long USE_DEFAULT_WCKEY = 1L << 28;

    /**
     * {@link Submitter#allocSid} of a hold request says who holds the job: scontrol sends 0 for
     * {@code hold} and SLURM's ALLOC_SID_USER_HOLD (2) for {@code uhold}.
     */
    public static final int HOLD_BY_ADMIN = 0;
    public static final int HOLD_BY_USER = 2;

    /** {@link Scheduling#priority} of an update: 0 holds the job, INFINITE releases it. */
    public static final int PRIORITY_HOLD = 0;
    public static final int PRIORITY_RELEASE = Sentinels.INFINITE;

    /** Nothing set, with the cons_tres plugin id every 22.05 client of a default setup sends. */
    public static final JobDescriptor UNSET = new JobDescriptor(Identity.UNSET, Submitter.UNSET,
            Federation.UNSET, Accounting.UNSET, Placement.UNSET, Scheduling.UNSET,
            Resources.UNSET, MultiCore.UNSET, TaskLayout.UNSET, Binding.UNSET,
            CpuFrequency.UNSET, TresRequest.UNSET, Launch.UNSET, Callback.UNSET,
            Notifications.UNSET, X11Forwarding.UNSET, Lifecycle.UNSET, null, 0L,
            SelectJobInfo.OF_CONS_TRES, null);

    public JobDescriptor {
        requireGroups(identity, submitter, federation, accounting, placement, scheduling,
                resources, multiCore, tasks, binding, cpuFrequency, tres, launch, callback,
                notifications, x11, lifecycle, selectJobInfo);
    }

    private static void requireGroups(Object... groups) {
        for (Object group : groups) {
            if (group == null) {
                throw new NullPointerException("job descriptor groups are never null");
            }
        }
    }

    /**
     * Which job the request is about and what it is called.
     *
     * @param jobId    #13; NO_VAL when the job is named by {@code jobIdStr} or not yet known
     * @param jobIdStr #14; "123", "123_4", "123_[1-5]" (update, hold and release use this)
     * @param name     #15; {@code -J}
     * @param arrayInx #18; the {@code --array} expression
     */
    public record Identity(int jobId, String jobIdStr, String name, String arrayInx) {
        public static final Identity UNSET = new Identity(Sentinels.NO_VAL, null, null, null);
    }

    /**
     * Who submitted the job and from where.
     *
     * @param userId     #81; NO_VAL means "the authenticated user"
     * @param groupId    #82; NO_VAL means "the authenticated group"
     * @param allocNode  #16; replaced by the controller with the submitting host
     * @param allocSid   #17; session id of the submitter; for a hold, who holds
     * @param submitLine #53; the command line (21.08 and later)
     * @param reqContext #43; SELinux context (21.08 and later)
     */
    public record Submitter(int userId, int groupId, String allocNode, int allocSid,
                            String submitLine, String reqContext) {
        public static final Submitter UNSET = new Submitter(Sentinels.NO_VAL, Sentinels.NO_VAL,
                null, Sentinels.NO_VAL, null, null);
    }

    /**
     * Where the job may run among federated clusters (all but {@code clusters} are set by
     * controllers for one another).
     *
     * @param clusters          #4; {@code -M}
     * @param clusterFeatures   #3; {@code --cluster-constraint}
     * @param originCluster     #38
     * @param fedSiblingsActive #11; bitmap of clusters holding a sibling job
     * @param fedSiblingsViable #12; bitmap of clusters that could run it
     */
    public record Federation(String clusters, String clusterFeatures, String originCluster,
                             long fedSiblingsActive, long fedSiblingsViable) {
        public static final Federation UNSET = new Federation(null, null, null, 0L, 0L);
    }

    /**
     * Whom the job is charged to and the text attached to it.
     *
     * @param account      #31; null = the user's default account
     * @param qos          #36; null = the association's default QOS
     * @param wckey        #98
     * @param comment      #33
     * @param adminComment #32
     * @param mcsLabel     #37
     * @param acctgFreq    #41; {@code --acctg-freq}
     * @param profile      #35; acct_gather profile bits ({@code --profile})
     */
    public record Accounting(String account, String qos, String wckey, String comment,
                             String adminComment, String mcsLabel, String acctgFreq,
                             int profile) {
        public static final Accounting UNSET =
                new Accounting(null, null, null, null, null, null, null, 0);
    }

    /**
     * Which nodes the job may or must use.
     *
     * @param partition     #28; null = the default partition
     * @param reservation   #93
     * @param features      #10; {@code --constraint}
     * @param prefer        #24; {@code --prefer} (22.05 and later)
     * @param batchFeatures #2; {@code --batch}
     * @param reqNodes      #44; {@code -w}
     * @param excNodes      #45; {@code -x}
     * @param contiguous    #5; u16, NO_VAL16 unset
     * @param reqSwitch     #99; most leaf switches wanted ({@code --switches})
     * @param wait4switch   #100; seconds to wait for them
     * @param network       #86
     */
    public record Placement(String partition, String reservation, String features,
                            String prefer, String batchFeatures, String reqNodes,
                            String excNodes, int contiguous, int reqSwitch, int wait4switch,
                            String network) {
        public static final Placement UNSET = new Placement(null, null, null, null, null, null,
                null, Sentinels.NO_VAL16, Sentinels.NO_VAL, Sentinels.NO_VAL, null);
    }

    /**
     * When the job may start and for how long it may run.
     *
     * @param priority   #29; NO_VAL unset, 0 holds, INFINITE releases
     * @param nice       #34; NO_VAL unset, else {@link Sentinels#NICE_OFFSET} + nice
     * @param siteFactor #1; NO_VAL unset, else {@link Sentinels#NICE_OFFSET} + factor
     * @param dependency #30
     * @param immediate  #55; u16, 1 = allocate now or fail
     * @param beginTime  #87; epoch seconds, 0 unset
     * @param endTime    #88; epoch seconds, 0 unset
     * @param deadline   #89; epoch seconds, 0 unset
     * @param timeLimit  #70; minutes, NO_VAL unset, INFINITE unlimited
     * @param timeMin    #71; minutes, NO_VAL unset
     * @param delayBoot  #104; seconds, NO_VAL unset
     */
    public record Scheduling(int priority, int nice, int siteFactor, String dependency,
                             int immediate, long beginTime, long endTime, long deadline,
                             int timeLimit, int timeMin, int delayBoot) {
        public static final Scheduling UNSET = new Scheduling(Sentinels.NO_VAL, Sentinels.NO_VAL,
                Sentinels.NO_VAL, null, 0, 0L, 0L, 0L, Sentinels.NO_VAL, Sentinels.NO_VAL,
                Sentinels.NO_VAL);
    }

    /**
     * How much of the cluster the job wants.
     *
     * @param minCpus      #72
     * @param maxCpus      #73
     * @param minNodes     #74
     * @param maxNodes     #75
     * @param pnMinCpus    #20; u16, per node
     * @param pnMinMemory  #21; MB, NO_VAL64 unset, bit {@link Sentinels#MEM_PER_CPU} = per CPU
     * @param pnMinTmpDisk #22; MB per node
     * @param coreSpec     #7; u16, cores (or threads, with flag 0x8000) kept for the system
     * @param overcommit   #40; u8, NO_VAL8 unset
     * @param shared       #58; u16 oversubscribe mode, NO_VAL16 unset
     * @param licenses     #90
     * @param burstBuffer  #19
     */
    public record Resources(int minCpus, int maxCpus, int minNodes, int maxNodes,
                            int pnMinCpus, long pnMinMemory, int pnMinTmpDisk, int coreSpec,
                            int overcommit, int shared, String licenses, String burstBuffer) {
        public static final Resources UNSET = new Resources(Sentinels.NO_VAL, Sentinels.NO_VAL,
                Sentinels.NO_VAL, Sentinels.NO_VAL, Sentinels.NO_VAL16, Sentinels.NO_VAL64,
                Sentinels.NO_VAL, Sentinels.NO_VAL16, Sentinels.NO_VAL8, Sentinels.NO_VAL16,
                null, null);
    }

    /**
     * The node shape the job asks for ({@code -B}, {@code --sockets-per-node}, ...), all u16.
     *
     * @param boardsPerNode   #76; 0 unset
     * @param socketsPerBoard #77; 0 unset
     * @param socketsPerNode  #78; NO_VAL16 unset
     * @param coresPerSocket  #79; NO_VAL16 unset
     * @param threadsPerCore  #80; NO_VAL16 unset
     */
    public record MultiCore(int boardsPerNode, int socketsPerBoard, int socketsPerNode,
                            int coresPerSocket, int threadsPerCore) {
        public static final MultiCore UNSET = new MultiCore(0, 0, Sentinels.NO_VAL16,
                Sentinels.NO_VAL16, Sentinels.NO_VAL16);
    }

    /**
     * How many tasks and how they spread over the allocation.
     *
     * @param numTasks        #42; u32
     * @param cpusPerTask     #59; u16
     * @param ntasksPerNode   #60; u16
     * @param ntasksPerBoard  #61; u16, 0 unset
     * @param ntasksPerSocket #62; u16
     * @param ntasksPerCore   #63; u16
     * @param ntasksPerTres   #64; u16
     * @param planeSize       #65; u16
     * @param taskDist        #8; u32 task_dist_states (sbatch sends 0x2000, "unknown")
     */
    public record TaskLayout(int numTasks, int cpusPerTask, int ntasksPerNode,
                             int ntasksPerBoard, int ntasksPerSocket, int ntasksPerCore,
                             int ntasksPerTres, int planeSize, int taskDist) {
        public static final TaskLayout UNSET = new TaskLayout(Sentinels.NO_VAL,
                Sentinels.NO_VAL16, Sentinels.NO_VAL16, 0, Sentinels.NO_VAL16,
                Sentinels.NO_VAL16, Sentinels.NO_VAL16, Sentinels.NO_VAL16, Sentinels.NO_VAL);
    }

    /**
     * CPU and memory binding of the tasks.
     *
     * @param cpuBindType #66; u16 CPU_BIND_* bits, NO_VAL16 unset
     * @param memBindType #67; u16 MEM_BIND_* bits, NO_VAL16 unset
     * @param cpuBind     #68; the map or mask list
     * @param memBind     #69; the map or mask list
     */
    public record Binding(int cpuBindType, int memBindType, String cpuBind, String memBind) {
        public static final Binding UNSET =
                new Binding(Sentinels.NO_VAL16, Sentinels.NO_VAL16, null, null);
    }

    /**
     * {@code --cpu-freq}: kHz or a CPU_FREQ_* code, each NO_VAL when unset.
     *
     * @param min      #25
     * @param max      #26
     * @param governor #27
     */
    public record CpuFrequency(int min, int max, int governor) {
        public static final CpuFrequency UNSET =
                new CpuFrequency(Sentinels.NO_VAL, Sentinels.NO_VAL, Sentinels.NO_VAL);
    }

    /**
     * Trackable resources (GPUs and other GRES) asked for, as the TRES strings the user gave.
     *
     * @param cpusPerTres   #110
     * @param memPerTres    #111
     * @param tresBind      #112
     * @param tresFreq      #113
     * @param tresPerJob    #114; {@code --gpus}
     * @param tresPerNode   #115; {@code --gres}
     * @param tresPerSocket #116
     * @param tresPerTask   #117
     */
    public record TresRequest(String cpusPerTres, String memPerTres, String tresBind,
                              String tresFreq, String tresPerJob, String tresPerNode,
                              String tresPerSocket, String tresPerTask) {
        public static final TresRequest UNSET =
                new TresRequest(null, null, null, null, null, null, null, null);
    }

    /**
     * What to run, in which environment, with which files.
     *
     * @param script      #48; the batch script text (null for update and allocation)
     * @param argv        #49; script path and arguments
     * @param environment #46; "NAME=value" entries (sbatch sends the whole environment)
     * @param spankJobEnv #47; environment set by SPANK plugins
     * @param workDir     #54
     * @param container   #6; OCI bundle path (21.08 and later)
     * @param stdIn       #51
     * @param stdOut      #52; null = slurm-%j.out
     * @param stdErr      #50
     * @param openMode    #39; u8: 0 default, 1 append, 2 truncate
     */
    public record Launch(String script, List<String> argv, List<String> environment,
                         List<String> spankJobEnv, String workDir, String container,
                         String stdIn, String stdOut, String stdErr, int openMode) {

        /** Shows the scripts, environments and arguments only by size: see SensitiveFields. */
        @Override
        public String toString() {
            return SensitiveFields.describe(this,
                    Set.of("script", "argv", "environment", "spankJobEnv"));
        }
        public static final Launch UNSET = new Launch(null, List.of(), List.of(), List.of(),
                null, null, null, null, null, 0);

        public Launch {
            argv = frozen(argv);
            environment = frozen(environment);
            spankJobEnv = frozen(spankJobEnv);
        }
    }

    /**
     * Where srun or salloc listens for the controller's answers.
     *
     * @param allocRespPort #83; u16
     * @param respHost      #84
     * @param otherPort     #85; u16
     */
    public record Callback(int allocRespPort, String respHost, int otherPort) {
        public static final Callback UNSET = new Callback(0, null, 0);
    }

    /**
     * Mail and the warning signal sent before the time limit.
     *
     * @param mailType   #91; u16 MAIL_* bits
     * @param mailUser   #92
     * @param warnFlags  #95; u16 ({@code --signal} options)
     * @param warnSignal #96; u16
     * @param warnTime   #97; u16 seconds before the end
     */
    public record Notifications(int mailType, String mailUser, int warnFlags, int warnSignal,
                                int warnTime) {
        public static final Notifications UNSET =
                new Notifications(Sentinels.NO_VAL16, null, 0, 0, 0);
    }

    /**
     * X11 forwarding requested by srun or salloc.
     *
     * @param flags       #106; u16 X11_FORWARD_* bits
     * @param magicCookie #107
     * @param target      #108; host of the user's display
     * @param targetPort  #109; u16
     */
    public record X11Forwarding(int flags, String magicCookie, String target, int targetPort) {
        public static final X11Forwarding UNSET = new X11Forwarding(0, null, null, 0);
    }

    /**
     * What happens around the job's run: failures, requeue, reboots, power.
     *
     * @param killOnNodeFail #9; u16, NO_VAL16 unset
     * @param requeue        #57; u16, NO_VAL16 unset
     * @param reboot         #56; u16, NO_VAL16 unset
     * @param restartCnt     #94; u16
     * @param waitAllNodes   #102; u16, NO_VAL16 unset
     * @param powerFlags     #23; u8
     */
    public record Lifecycle(int killOnNodeFail, int requeue, int reboot, int restartCnt,
                            int waitAllNodes, int powerFlags) {
        public static final Lifecycle UNSET = new Lifecycle(Sentinels.NO_VAL16,
                Sentinels.NO_VAL16, Sentinels.NO_VAL16, 0, Sentinels.NO_VAL16, 0);
    }

    /** An unmodifiable copy; null becomes empty, null entries (NULL strings) are kept. */
    static List<String> frozen(List<String> items) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(items));
    }
}
