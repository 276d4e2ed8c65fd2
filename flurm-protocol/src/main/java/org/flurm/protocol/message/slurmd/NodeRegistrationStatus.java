package org.flurm.protocol.message.slurmd;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.StepId;

/**
 * MESSAGE_NODE_REGISTRATION_STATUS (1002): a slurmd tells slurmctld what its node is (CPUs,
 * memory, features), how loaded it is and which job steps still run there.
 *
 * <p>Components follow the 22.05 wire order (numbers of the protocol notes in comments).
 *
 * @param status       0, or the SLURM error that made the node unusable (e.g. a failed prolog)
 * @param hostname     the host's actual name; not sent before 22.05 (null then)
 * @param cores        per socket
 * @param threads      per core
 * @param realMemory   MB
 * @param tmpDisk      MB
 * @param hashVal      hash of the slurmd's slurm.conf, compared with the controller's
 * @param cpuLoad      load average times 100
 * @param freeMem      MB
 * @param steps        the steps running on the node
 * @param flags        {@link #FLAG_RESPONSE}: answer with RESPONSE_NODE_REGISTRATION
 * @param gresInfo     null when the slurmd sends none (gres_info_size 0)
 * @param dynamicType  0 = not a dynamic node; before 22.05 a boolean
 * @param dynamicConf  the node line of a dynamic node; not sent before 22.05 (null then)
 */
public record NodeRegistrationStatus(
        long timestamp,                 // 1
        long slurmdStartTime,           // 2
        int status,                     // 3
        String featuresActive,          // 4
        String featuresAvail,           // 5
        String hostname,                // 6 (22.05+)
        String nodeName,                // 7
        String arch,                    // 8
        String cpuSpecList,             // 9
        String os,                      // 10
        int cpus,                       // 11
        int boards,                     // 12
        int sockets,                    // 13
        int cores,                      // 14
        int threads,                    // 15
        long realMemory,                // 16
        int tmpDisk,                    // 17
        int upTime,                     // 18
        int hashVal,                    // 19
        int cpuLoad,                    // 20
        long freeMem,                   // 21
        List<StepId> steps,             // 22 job_count, 23
        int flags,                      // 24
        GresNodeConfig gresInfo,        // 25 gres_info_size, 26
        EnergyData energy,              // 27
        String version,                 // 28
        int dynamicType,                // 29
        String dynamicConf,             // 30 (22.05+)
        String dynamicFeature           // 31
) implements MessageBody {

    /** SLURMD_REG_FLAG_RESP: slurmd wants RESPONSE_NODE_REGISTRATION (1024), not an RC. */
    public static final int FLAG_RESPONSE = 0x0002;

    public NodeRegistrationStatus {
        steps = List.copyOf(steps);
        Objects.requireNonNull(energy, "energy");
    }
}
