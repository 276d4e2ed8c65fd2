package org.flurm.protocol.message.info;

import java.util.List;

import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.JobDefault;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.Sentinels;

/**
 * Records with every field set, none zero, null or a sentinel, and (within a record) no two
 * fields alike, so that a codec that drops, swaps or mis-sizes any field fails the round trip.
 */
final class InfoFixtures {

    private InfoFixtures() {
    }

    static JobResources everyFieldJobResources() {
        return new JobResources(2, 6, 64000, "n[3-4]", 1, 3, 4,
                new int[] {1, 1}, new int[] {4, 2}, new int[] {2, 4}, new int[] {1, 3},
                new long[] {1000, 2000}, new long[] {500, 700}, new int[] {2},
                new int[] {3}, new int[] {2}, Bitmap.of(6, 0, 1, 3, 4, 5),
                Bitmap.of(6, 0, 3));
    }

    static JobDetails everyFieldDetails() {
        return new JobDetails("ssd", "fast", "cf", "/home/alice", "afterok:7", "/home/a/job.sh",
                6, 12, 2, 3, 1, 5, 7, 11, 13, 1000, 2000, 14, "*/5 * * * *", 15, 16, 17, 18,
                Sentinels.MEM_PER_CPU | 512, 19, "n[3-4]", Bitmap.of(5, 2, 3), "n1",
                Bitmap.of(5, 0), "/tmp/err", "/tmp/in", "/tmp/out",
                new MultiCore(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    static JobInfo everyFieldJob(int jobId) {
        return new JobInfo(
                new JobInfo.Array(40, 3, "0x1F", 2), 11, "oci:img", 30, jobId, 1000, 100,
                new JobInfo.HetJob(41, "41-42", 1), 5,
                new JobInfo.Status(JobState.RUNNING.value() | JobState.CONFIGURING, 1,
                        JobStateReason.WAIT_RESOURCES.value(), 2, 4, 6, "waiting", 256, 9),
                ShowFlags.SHOW_DETAIL | ShowFlags.SHOW_LOCAL,
                new JobInfo.Times(1_800_000_100L, 60, 31, 1_800_000_000L, 1_800_000_001L,
                        1_800_000_002L, 1_800_000_003L, 1_800_003_603L, 1_800_000_004L, 77,
                        1_800_000_005L, 1_800_000_006L, 1_800_000_007L, 1_800_000_008L),
                4242, new JobInfo.Priority(Sentinels.NICE_OFFSET + 5, 4000, 2.5,
                        Sentinels.NICE_OFFSET - 3),
                "ref", "n[3-4]", "n[3-5]", "debug", "physics", "admin note", "ib0", "a comment",
                "feat", "n3", "bb spec", "staged", "sys note", "normal", "lic:1",
                "maint", "mcs", "gpu:2", everyFieldJobResources(), List.of("gpu:1(IDX:0)"),
                "train", "alice", "wk", 2, 120, "login1", Bitmap.of(5, 2, 3),
                SelectJobInfo.OF_CONS_TRES, everyFieldDetails(), 0x9E100000L,
                new JobInfo.Tres("cpu=6,node=2", "cpu=6,mem=2G,node=2", "gpu:2", "gpu:1G",
                        "gpu:closest", "gpu:high", "gpu:4", "gpu:2", "gpu:1", "gpu:1"),
                0x2600, new JobInfo.Federation("fed1", 3, "c1,c2", 7, "c1,c2,c3"), 0x1F,
                "alice@example.org", "unconfined_u");
    }

    static NodeInfo everyFieldNode(String name) {
        return new NodeInfo(name, name + ".host", "10.0.0.3", "10.1.0.3", 6818,
                NodeState.IDLE.value() | NodeState.RES, NodeState.MIXED.value()
                        | NodeState.DRAIN, "22.05.8",
                8, 1, 2, 4, 3, 16000, 5000, "mcs", 1000, 5, 7, 512, "0-1", 6, 150, 9000, 10,
                1001, 1_800_000_000L, 1_800_000_100L, 1_800_000_200L, 1_800_000_050L,
                new NodeInfo.SelectNodeInfo(SelectJobInfo.CONS_TRES, 4, 4000, "cpu=4,mem=4000M",
                        4.5),
                "x86_64", "ssd,ib", "ssd", "gpu:2", "gpu:0", "gpu:1", "Linux", "rack 3",
                "extra", "bad fan",
                new EnergyData(100, 50, 200, 60, 150, 1_800_000_300L),
                new NodeInfo.ExtSensors(300, 45, 1_800_000_400L, 70), 250,
                "cpu=8,mem=16000M,billing=8");
    }

    static PartitionInfo everyFieldPartition() {
        return new PartitionInfo("gpu", 4, 300, 1440, 60, 8, 1, 16, 128,
                Sentinels.MEM_PER_CPU | 1000, 32, 4000, PartitionState.FLAG_DEFAULT
                        | PartitionState.FLAG_LLN, 0x8004, 5, 6, 10, 3,
                PartitionState.DRAIN.value(), 20, 600, 310, 1800, "physics,chem", "wheel",
                "login[1-2]", "normal,high", "part_qos", "debug", "guests", "low", "n[1-16]",
                "gpunodes", Bitmap.of(16, 0, 15), "CPU=1.0,Mem=0.25G", "cpu=128,node=16",
                List.of(new JobDefault(1, 4), new JobDefault(2,
                        8192)));
    }

    static UpdateNodeRequest everyFieldUpdateNode() {
        return new UpdateNodeRequest("note", 4, "extra", "ssd", "ssd,ib", "gpu:2", "10.0.0.9",
                "host9", "n[1-2]", NodeState.DRAIN, "test", 1000, 7);
    }
}
