package org.flurm.protocol.message.step;

import java.net.InetAddress;
import java.net.Inet4Address;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flurm.protocol.frame.OrigAddr;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.message.slurmd.JobAccounting;
import org.flurm.protocol.message.slurmd.JobAccounting.TresUsage;
import org.flurm.protocol.message.slurmd.JobCredential;
import org.flurm.protocol.message.slurmd.TresRecord;
import org.flurm.protocol.message.step.LaunchTasksRequest.JobOption;
import org.flurm.protocol.pack.Bitmap;

/** Step messages with every field set to something other than its default. */
final class StepFixtures {

    static final StepId STEP = new StepId(41, 3, 1);

    private StepFixtures() {
    }

    static OrigAddr inet(String dotted, int port) {
        try {
            return new OrigAddr.Inet((Inet4Address) InetAddress.getByName(dotted), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResourceAllocation allocation(int jobId) {
        return new ResourceAllocation("physics", "n1:10.0.0.1:n1", "n1",
                List.of("SLURM_A=1", "SLURM_B=2"), 2042, "mind the quota", jobId, 2,
                List.of(inet("10.0.0.1", 6818), inet("10.0.0.2", 6819)), "n[1-2]", 1, 2, 3, 4,
                new int[] {8, 4}, new int[] {1, 1}, "batch", 2048, "high", "maint",
                new SelectJobInfo(SelectJobInfo.LINEAR));
    }

    static JobCredential credential() {
        return new JobCredential(STEP, 1001, 1002, "alice", "Alice A", "/home/alice",
                "/bin/zsh", new int[] {1002, 27}, List.of("alice", "sudo"), 3, "physics",
                "n1:10.0.0.1:n1", "a comment", "ib&gpu", "batch", "maint", 2, "/tmp/err",
                "/tmp/in", "/tmp/out", "n[1-2]", 1, 1796314661L, Bitmap.of(16, 0, 1, 8, 9),
                Bitmap.of(16, 1, 9), new int[] {4, 8}, new int[] {2, 1}, new int[] {1, 1},
                new int[] {8, 4}, new int[] {1, 1}, 2, 4, "n[1-2]", new long[] {1024, 2048},
                new int[] {1, 1}, new long[] {512}, new int[] {2}, "user_u:user_r:user_t",
                "MUNGE:signed:\0".getBytes(StandardCharsets.UTF_8));
    }

    static StepLayout layout() {
        return new StepLayout("fe1", "n[1-2]", 0x2500, 3, 2,
                List.of(new int[] {0, 1}, new int[] {2}));
    }

    static JobStepCreateRequest stepCreateRequest() {
        return new JobStepCreateRequest(STEP, 1001, 2, 3, "/ctr", 6, 1000, 2000, 4, 5, 4096,
                30, 2, 1, 0x2002, 4, 60010, 1, 2, 4242, 9, "login1", "solver", "ib", "n[1-2]",
                "n3", "gpu", 2, "0,1", "gres:gpu:1", "100M", 1, "srun -n5 solver", "gpu:closest",
                "gpu:high", "cpu:6", "gres:gpu:1", "gres:gpu:2", "cpu:1");
    }

    static JobStepCreateResponse stepCreateResponse() {
        return new JobStepCreateResponse(0x20, "12000-12001", 3, layout(), credential(),
                new SelectJobInfo(SelectJobInfo.CONS_RES), SwitchJobInfo.OF_NONE, 0x2500);
    }

    static LaunchTasksRequest launch() {
        return new LaunchTasksRequest(STEP, 1001, 1002, "alice", new int[] {1002, 27}, 1, 40,
                List.of(new int[] {0, 1}, new int[] {2}), new int[] {0, 2, 4}, 1, 2, 3,
                "n[1-3]", 101, 3, 1, 2, 3, 4, 4096, 2048, 2, "cpu:2", 1, 0x2002, 8, 1, 2,
                0x2600, credential(), List.of(new int[] {0, 1}, new int[] {2}),
                new int[] {60010, 60011}, inet("10.0.0.9", 60012),
                List.of("HOME=/home/alice", "SLURM_JOB_ID=41"), List.of("SPANK_X=1"), "/ctr",
                "/home/alice", 4, "map_cpu:0,1", 2, "local", List.of("solver", "-v"), 0x40,
                "out-%t", "err-%t", "in", new int[] {60013}, 2, "/etc/tprolog",
                "/etc/tepilog", 3, SwitchJobInfo.OF_NONE,
                List.of(new JobOption(1, "opt", "arg"), new JobOption(2, "flag", null)),
                "n1:10.0.0.1:n1", "n[1-3]", 1, "task=30", 1000, 2000, 4,
                new SelectJobInfo(SelectJobInfo.CONS_TRES), "gpu:closest", "gpu:high", 1,
                "login1", 6010, "cookie", "/tmp/.X11", 6011);
    }

    static JobStepInfo stepInfo(int stepId) {
        return new JobStepInfo(40, 1, new StepId(41, stepId, 0), 1001, 6, 1000, 2000, 4, 5,
                0x2002, 30, 1, 4242, 1796314661L, 125, "ref", "/ctr", "batch", "login1",
                "12000-12001", "n[1-2]", "solver", "ib", Bitmap.of(4, 0, 1),
                new SelectJobInfo(SelectJobInfo.CONS_RES), "cpu=6,mem=4G", 0x2500, "gres:gpu:1",
                "gres:gpu:100M", "srun -n5 solver", "gpu:closest", "gpu:high", "cpu:6",
                "gres:gpu:1", "gres:gpu:2", "cpu:1");
    }

    static JobAccounting accounting() {
        final TresUsage in = new TresUsage(new long[] {10, 11}, new long[] {0, 1},
                new long[] {2, 3}, new long[] {4, 5}, new long[] {1, 0}, new long[] {3, 2},
                new long[] {100, 200});
        final TresUsage out = new TresUsage(new long[] {20, 21}, new long[] {1, 1},
                new long[] {0, 0}, new long[] {6, 7}, new long[] {0, 0}, new long[] {1, 1},
                new long[] {300, 400});
        return new JobAccounting(12, 500, 3, 250, 2400000, 99, new int[] {1, 2},
                List.of(new TresRecord(0, 4, 1, "cpu", null)), in, out);
    }
}
