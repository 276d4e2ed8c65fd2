package org.flurm.protocol.message.info;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;

/**
 * One job as squeue, {@code scontrol show job} and {@code scancel --name} receive it (the 22.05
 * job record, 125 wire fields). Related fields are grouped into the nested records below; the
 * wire order lives in {@link JobInfoCodec}.
 *
 * <p>Unsigned wire numbers are held as in {@code Unpacker}: u8 and u16 as non-negative ints, u32
 * as the raw int (NO_VAL reads as -2, INFINITE as -1), u64 as the raw long. Times are seconds
 * since the epoch, 0 = none.
 *
 * @param container the OCI container; the wire carries it twice (#6 and #48) and this value
 *                  is written in both places
 * @param delayBoot seconds
 * @param profile {@code acct_gather_profile} flags
 * @param showFlags the request's {@link ShowFlags}, echoed
 * @param allocSid the submitting session id
 * @param cluster the cluster name
 * @param nodes the allocated nodes, e.g. "n[1-2]"
 * @param schedNodes the nodes the scheduler expects to use (the real controller sends null)
 * @param partition the partition used (for a pending job: the one or several requested)
 * @param qos the QOS name
 * @param gresTotal GRES in use
 * @param jobResources null unless the request had SHOW_DETAIL (NO_VAL on the wire)
 * @param gresDetail per-node GRES text; null unless SHOW_DETAIL
 * @param userName the real controller sends null; clients map {@code userId} themselves
 * @param reqSwitch wanted leaf switch count
 * @param wait4switch seconds to wait for {@code reqSwitch}
 * @param allocNode the submit host
 * @param nodeInx the allocated nodes as node-table indexes
 * @param bitflags the job's {@code bitflags} (KILL_INV_DEP, JOB_WAS_RUNNING, ...)
 * @param startProtocolVersion the protocol version the job started under
 * @param mailType {@code MAIL_*} bits
 */
public record JobInfo(Array array, int assocId, String container, int delayBoot, int jobId,
                      int userId, int groupId, HetJob hetJob, int profile, Status status,
                      int showFlags, Times times, int allocSid, Priority priority,
                      String cluster, String nodes, String schedNodes, String partition,
                      String account, String adminComment, String network, String comment,
                      String batchFeatures, String batchHost, String burstBuffer,
                      String burstBufferState, String systemComment, String qos,
                      String licenses, String resvName, String mcsLabel, String gresTotal,
                      JobResources jobResources, List<String> gresDetail, String name,
                      String userName, String wckey, int reqSwitch, int wait4switch,
                      String allocNode, Bitmap nodeInx, SelectJobInfo selectJobInfo,
                      JobDetails details, long bitflags, Tres tres, int startProtocolVersion,
                      Federation federation, int mailType, String mailUser,
                      String selinuxContext) {

    public JobInfo {
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(hetJob, "hetJob");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(selectJobInfo, "selectJobInfo");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(tres, "tres");
        Objects.requireNonNull(federation, "federation");
        gresDetail = gresDetail == null || gresDetail.isEmpty() ? null : List.copyOf(gresDetail);
    }

    /**
     * Job array membership (#1 to #4).
     *
     * @param jobId the array's job id; 0 if not an array job
     * @param taskId NO_VAL if not an array task
     * @param taskStr hex bitmap of the pending tasks, only in the array's meta record
     * @param maxTasks most tasks running at once; 0 = no limit
     */
    public record Array(int jobId, int taskId, String taskStr, int maxTasks) {

        public static final Array NONE = new Array(0, Sentinels.NO_VAL, null, 0);
    }

    /**
     * Heterogeneous job membership (#11 to #13); all zero/null outside a hetjob.
     *
     * @param jobIdSet the component job ids as text
     */
    public record HetJob(int jobId, String jobIdSet, int offset) {

        public static final HetJob NONE = new HetJob(0, null, 0);
    }

    /**
     * Where the job is in its life and how it ended (#15 to #20, #57, #60, #61).
     *
     * @param jobState {@link JobState} base or-ed with its flag bits
     * @param batchFlag 1 = batch job
     * @param stateReason {@link JobStateReason} value
     * @param powerFlags u8
     * @param reboot u8: reboot nodes before starting
     * @param stateDesc free text beside the reason
     * @param exitCode wait-status style: exit code << 8 | signal
     * @param derivedExitCode the highest step exit code, same form
     */
    public record Status(int jobState, int batchFlag, int stateReason, int powerFlags,
                         int reboot, int restartCount, String stateDesc, int exitCode,
                         int derivedExitCode) {
    }

    /**
     * The job's times (#22, #24, #25, #27 to #36, #55).
     *
     * @param timeLimit minutes; INFINITE = unlimited
     * @param timeMin minutes
     * @param eligible earliest begin
     * @param start actual, or expected for a pending job (0 = unknown)
     * @param end actual, or start plus the time limit
     * @param preSuspend seconds run before the last suspension
     * @param preemptable from when the job may be preempted
     */
    public record Times(long deadline, int timeLimit, int timeMin, long submit, long eligible,
                        long accrue, long start, long end, long suspend, long preSuspend,
                        long resize, long lastSchedEval, long preempt, long preemptable) {
    }

    /**
     * The numbers behind the job's place in the queue (#26, #37, #38, #45).
     *
     * @param nice NICE_OFFSET (0x80000000) plus the nice value
     * @param siteFactor NICE_OFFSET plus the site factor
     * @param billableTres NO_VAL (as a double) until computed
     */
    public record Priority(int nice, int priority, double billableTres, int siteFactor) {
    }

    /**
     * Trackable resources: the summary strings (#107, #108) and the per-TRES requests
     * (#115 to #122).
     *
     * @param alloc e.g. "cpu=1,node=1,billing=1"
     * @param req e.g. "cpu=1,mem=1000M,node=1,billing=1"
     */
    public record Tres(String alloc, String req, String cpusPerTres, String memPerTres,
                       String bind, String freq, String perJob, String perNode,
                       String perSocket, String perTask) {

        public static final Tres NONE = new Tres(null, null, null, null, null, null, null, null,
                null, null);
    }

    /** Federation placement (#110 to #114); zero and null outside a federation. */
    public record Federation(String origin, long siblingsActive, String siblingsActiveStr,
                             long siblingsViable, String siblingsViableStr) {

        public static final Federation NONE = new Federation(null, 0, null, 0, null);
    }
}
